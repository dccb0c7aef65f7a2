package org.cloakroom.kiosk.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
		List<CatalogueProblem> problems = new ArrayList<>(parsed.problems());
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
			problems.addAll(result.problems());
			if (result.entry() != null && first == null) {
				checked.add(new CatalogueConsistency.Incoming(draft.line(), result.entry()));
			}
			else if (id != null) {
				unchecked.add(id);
			}
		}
		problems.addAll(CatalogueConsistency.check(checked, existing, unchecked));
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(CatalogueProblem::line));
			throw new CatalogueRefusedException(what, problems);
		}
		return checked;
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
				app.sources().stream().sorted(Comparator.comparing(Object::toString)).toList());
	}

}
