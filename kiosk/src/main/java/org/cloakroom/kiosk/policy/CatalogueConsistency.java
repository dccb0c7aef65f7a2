package org.cloakroom.kiosk.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rules that span entries, checked on the catalogue as it would be after a change: no
 * change to a retired entry, and an alias names an entry that exists, is not retired and
 * is not itself an alias. An alias of an entry that failed its own checks ({@code
 * unchecked}) is not reported again.
 */
final class CatalogueConsistency {

	private CatalogueConsistency() {
	}

	/**
	 * A checked entry, the line it came from, and the languages its text was given in (a
	 * blank one to be removed); the others are kept from the entry it replaces, so that a
	 * file written before an entry had text, or with fewer languages, loses none.
	 */
	record Incoming(int line, FlaggedApp app, Set<String> languages) {

		Incoming {
			languages = Set.copyOf(languages);
		}

		/** The entry as it replaces {@code before}: the languages it leaves out kept. */
		FlaggedApp over(FlaggedApp before) {
			if (before == null) {
				return this.app;
			}
			Map<String, FlaggedAppText> text = new TreeMap<>(before.text());
			text.keySet().removeAll(this.languages);
			text.putAll(this.app.text());
			return new FlaggedApp(this.app.id(), this.app.name(), this.app.publisher(), this.app.severity(),
					this.app.reason(), this.app.aliasOf(), this.app.identifiers(), this.app.sources(), text);
		}

	}

	/** Every problem of the incoming entries (whose ids are distinct). */
	static List<CatalogueProblem> check(List<Incoming> incoming, List<CatalogueEntry> existing, Set<String> unchecked) {
		List<CatalogueProblem> problems = new ArrayList<>();
		Map<String, Incoming> unique = new LinkedHashMap<>();
		incoming.forEach((entry) -> unique.put(entry.app().id(), entry));
		Map<String, CatalogueEntry> current = existing.stream()
			.collect(Collectors.toMap((entry) -> entry.app().id(), (entry) -> entry));
		Map<String, FlaggedApp> after = new HashMap<>();
		current.values().stream().filter((entry) -> !entry.retired()).forEach((e) -> after.put(e.app().id(), e.app()));
		unique.values().forEach((entry) -> after.put(entry.app().id(), entry.app()));
		for (Incoming entry : unique.values()) {
			CatalogueEntry before = current.get(entry.app().id());
			if (before != null && before.retired()) {
				problems.add(problem(entry, "id", entry.app().id(),
						"entry '" + entry.app().id() + "' is retired and cannot be changed"));
			}
			if (!unchecked.contains(entry.app().aliasOf())) {
				aliasProblems(entry, after, current, problems);
			}
		}
		return problems;
	}

	private static void aliasProblems(Incoming entry, Map<String, FlaggedApp> after,
			Map<String, CatalogueEntry> current, List<CatalogueProblem> problems) {
		String target = entry.app().aliasOf();
		if (target == null) {
			return;
		}
		FlaggedApp parent = after.get(target);
		if (parent == null && current.containsKey(target)) {
			problems.add(problem(entry, "aliasOf", target, "aliasOf '" + target + "' names a retired entry"));
		}
		else if (parent == null) {
			problems.add(problem(entry, "aliasOf", target,
					"aliasOf '" + target + "' names no entry in the file or the catalogue"));
		}
		else if (parent.isAlias()) {
			problems.add(problem(entry, "aliasOf", target,
					"aliasOf '" + target + "' names an entry that is itself an alias (of '" + parent.aliasOf() + "')"));
		}
		List<String> children = after.values()
			.stream()
			.filter((other) -> entry.app().id().equals(other.aliasOf()))
			.map(FlaggedApp::id)
			.sorted()
			.toList();
		if (!children.isEmpty()) {
			problems.add(problem(entry, "aliasOf", target, "entry '" + entry.app().id()
					+ "' cannot become an alias while " + String.join(", ", children) + " are aliases of it"));
		}
	}

	private static CatalogueProblem problem(Incoming entry, String field, String value, String message) {
		return new CatalogueProblem(entry.line(), entry.app().id(), field, value, message);
	}

}
