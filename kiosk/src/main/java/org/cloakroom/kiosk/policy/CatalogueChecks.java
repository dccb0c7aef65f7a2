package org.cloakroom.kiosk.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cloakroom.kiosk.Capped;

/**
 * Checks parsed drafts in full, collecting every problem of every entry before refusing.
 */
final class CatalogueChecks {

	private CatalogueChecks() {
	}

	/**
	 * Every draft checked on its own and against the catalogue; refuses with all the
	 * problems of all of them, in line order. Returns the entries, ids distinct.
	 */
	static List<CatalogueConsistency.Incoming> checkAll(String what, CatalogueCsv.Parsed parsed,
			List<CatalogueEntry> existing) {
		return checkAll(what, parsed, existing, Integer.MAX_VALUE);
	}

	/**
	 * As {@link #checkAll(String, CatalogueCsv.Parsed, List)}, listing at most
	 * {@code maxProblems} problems and counting the rest.
	 */
	static List<CatalogueConsistency.Incoming> checkAll(String what, CatalogueCsv.Parsed parsed,
			List<CatalogueEntry> existing, int maxProblems) {
		Capped<CatalogueProblem> problems = new Capped<>(maxProblems);
		parsed.problems().forEach(problems::add);
		List<CatalogueConsistency.Incoming> checked = new ArrayList<>();
		Map<String, Integer> firstLine = new HashMap<>();
		Set<String> unchecked = new HashSet<>();
		for (CatalogueDraft draft : parsed.drafts()) {
			String id = DraftCheck.blankToNull(draft.id());
			Integer first = (id != null) ? firstLine.putIfAbsent(id, draft.line()) : null;
			if (first != null) {
				problems.add(new CatalogueProblem(draft.line(), id, "id", id,
						"id '" + id + "' appears again (first on line " + first + ")"));
			}
			DraftCheck.Result result = DraftCheck.check(draft);
			result.problems().forEach(problems::add);
			if (result.entry() != null && first == null) {
				checked.add(new CatalogueConsistency.Incoming(draft.line(), result.entry(), languages(draft)));
			}
			else if (id != null) {
				unchecked.add(id);
			}
		}
		CatalogueConsistency.check(checked, existing, unchecked).forEach(problems::add);
		if (!problems.isEmpty()) {
			List<CatalogueProblem> listed = new ArrayList<>(problems.kept());
			listed.sort(Comparator.comparingInt(CatalogueProblem::line));
			throw new CatalogueRefusedException(what, listed, problems.more() + parsed.moreProblems());
		}
		return checked;
	}

	/** The languages a draft gives text in, blank or not, as tags. */
	private static Set<String> languages(CatalogueDraft draft) {
		Set<String> languages = new HashSet<>();
		draft.text().forEach((text) -> TextLanguages.normal(text.language()).ifPresent(languages::add));
		return languages;
	}

	/**
	 * Equal but for the order of identifiers and sources, which the tables do not keep.
	 */
	static boolean same(FlaggedApp one, FlaggedApp other) {
		return sorted(one).equals(sorted(other));
	}

	private static FlaggedApp sorted(FlaggedApp app) {
		return new FlaggedApp(app.id(), app.name(), app.publisher(), app.severity(), app.reason(), app.aliasOf(),
				app.identifiers().stream().sorted(Comparator.comparing(Object::toString)).toList(),
				app.sources().stream().sorted(Comparator.comparing(Object::toString)).toList(), app.text());
	}

}
