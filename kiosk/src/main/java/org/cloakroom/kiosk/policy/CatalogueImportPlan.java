package org.cloakroom.kiosk.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an import of checked entries would do to the catalogue as it stands: each entry
 * added, changed or unchanged, and (when the file is to replace the catalogue) the
 * entries it leaves out retired. The same plan is shown by a preview and carried out by
 * the import, so the two cannot disagree.
 */
record CatalogueImportPlan(List<FlaggedApp> added, List<Change> changed, List<String> unchanged,
		List<FlaggedApp> retired) {

	private static final Comparator<FlaggedApp> PARENTS_FIRST = Comparator.comparing(FlaggedApp::isAlias);

	/** One entry the file changes, before and after. */
	record Change(FlaggedApp before, FlaggedApp after) {
	}

	/**
	 * The plan for these entries against the catalogue's.
	 * @throws CatalogueRefusedException when an entry of the file is an alias of one the
	 * import would retire
	 */
	static CatalogueImportPlan of(String what, List<CatalogueConsistency.Incoming> entries,
			List<CatalogueEntry> existing, boolean retireMissing) {
		Map<String, FlaggedApp> current = new HashMap<>();
		existing.forEach((entry) -> current.put(entry.app().id(), entry.app()));
		List<FlaggedApp> added = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		for (CatalogueConsistency.Incoming entry : entries.stream()
			.sorted(Comparator.comparing((CatalogueConsistency.Incoming incoming) -> incoming.app().isAlias()))
			.toList()) {
			FlaggedApp before = current.get(entry.app().id());
			FlaggedApp app = entry.over(before);
			if (before == null) {
				added.add(app);
			}
			else if (!CatalogueChecks.same(before, app)) {
				changed.add(new Change(before, app));
			}
			else {
				unchanged.add(app.id());
			}
		}
		List<FlaggedApp> retired = retireMissing ? missing(what, entries, existing) : List.of();
		return new CatalogueImportPlan(added, changed, unchanged, retired);
	}

	/** The entries not retired that the file leaves out, aliases first. */
	private static List<FlaggedApp> missing(String what, List<CatalogueConsistency.Incoming> entries,
			List<CatalogueEntry> existing) {
		Set<String> inFile = entries.stream().map((entry) -> entry.app().id()).collect(Collectors.toSet());
		List<FlaggedApp> missing = existing.stream()
			.filter((entry) -> !entry.retired() && !inFile.contains(entry.app().id()))
			.map(CatalogueEntry::app)
			.sorted(PARENTS_FIRST.reversed())
			.toList();
		Set<String> leaving = missing.stream().map(FlaggedApp::id).collect(Collectors.toSet());
		List<CatalogueProblem> problems = entries.stream()
			.filter((entry) -> leaving.contains(entry.app().aliasOf()))
			.map((entry) -> new CatalogueProblem(entry.line(), entry.app().id(), "aliasOf", entry.app().aliasOf(),
					"aliasOf '" + entry.app().aliasOf()
							+ "' names an entry the file leaves out, which it would retire"))
			.toList();
		if (!problems.isEmpty()) {
			throw new CatalogueRefusedException(what, problems);
		}
		return missing;
	}

	CataloguePreview preview(CatalogueFormat format, int entries, long fileBytes, String fileSha256) {
		return new CataloguePreview(format, entries,
				this.added.stream().map((app) -> new CataloguePreview.Entry(app.id(), app.name())).toList(),
				this.changed.stream().map(CatalogueImportPlan::changed).toList(),
				this.retired.stream().map((app) -> new CataloguePreview.Entry(app.id(), app.name())).toList(),
				this.unchanged, fileBytes, fileSha256);
	}

	private static CataloguePreview.Changed changed(Change change) {
		List<String> changes = EntryChanges.between(change.before(), change.after());
		List<String> fields = changes.stream()
			.map((words) -> words.substring(0, words.indexOf(':')).replaceFirst(" (added|removed)$", ""))
			.distinct()
			.toList();
		return new CataloguePreview.Changed(change.after().id(), change.after().name(), fields, changes);
	}

}
