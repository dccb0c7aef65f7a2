package org.cloakroom.kiosk.policy;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.BidiControls;
import org.cloakroom.kiosk.DigestedInput;
import org.cloakroom.kiosk.ImportLimits;
import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.Utf8Reader;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administers the flagged-app catalogue: create, edit, retire, import and export. Every
 * change is checked in full before anything is written, and is audited in the same
 * transaction. Entries are written as JSON ({@link CatalogueFormat#JSON}) even one at a
 * time, so that a bad value is named with its field rather than refused by a binder.
 */
@Service
public class CatalogueAdministration {

	private final PolicyEdits localEdits;

	private final CatalogueTables tables;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CatalogueJson json;

	private final ImportLimits limits;

	CatalogueAdministration(CatalogueTables tables, ApplicationEventPublisher events, Clock clock, JsonMapper json,
			ImportLimits limits, PolicyEdits localEdits) {
		this.tables = tables;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
		this.localEdits = localEdits;
		this.json = new CatalogueJson(json);
	}

	@Transactional(readOnly = true)
	public List<CatalogueEntry> list(boolean includeRetired) {
		return this.tables.loadEntries().stream().filter((entry) -> includeRetired || !entry.retired()).toList();
	}

	/**
	 * @throws NotFoundException when no entry, retired or not, has this id
	 */
	@Transactional(readOnly = true)
	public CatalogueEntry get(String id) {
		return this.tables.loadEntries()
			.stream()
			.filter((entry) -> entry.app().id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Flagged app", id));
	}

	/**
	 * Adds one entry given as a JSON object, in the name of the admin {@code by}.
	 * @throws CatalogueRefusedException listing every bad field
	 * @throws DuplicateFlaggedAppException when the id is taken, by a retired entry too
	 */
	@Transactional
	public CatalogueEntry create(String entryJson, String by) {
		this.localEdits.allowed();
		CatalogueCsv.Parsed parsed = this.json.readOne(entryJson);
		String id = parsed.drafts().isEmpty() ? null : DraftCheck.blankToNull(parsed.drafts().get(0).id());
		if (id != null && this.tables.exists(id)) {
			throw new DuplicateFlaggedAppException(id);
		}
		CatalogueConsistency.Incoming entry = one("Creating the flagged app", parsed);
		this.tables.insert(entry.app());
		this.events.publishEvent(FlaggedAppAdded.of(entry.app(), by));
		return get(entry.app().id());
	}

	/**
	 * Replaces one entry with the JSON object given, in the name of the admin {@code by};
	 * its {@code id}, if present, must be the entry's.
	 * @throws NotFoundException when there is no such entry
	 * @throws PolicyRefusal when the entry is retired
	 */
	@Transactional
	public CatalogueEntry edit(String id, String entryJson, String by) {
		this.localEdits.allowed();
		CatalogueEntry before = get(id);
		if (before.retired()) {
			throw PolicyRefusal.conflict("flagged-app-retired", id);
		}
		CatalogueCsv.Parsed parsed = this.json.readOne(entryJson);
		List<CatalogueDraft> drafts = parsed.drafts().stream().map((draft) -> withId(draft, id)).toList();
		CatalogueConsistency.Incoming entry = one("Editing flagged app '" + id + "'",
				new CatalogueCsv.Parsed(drafts, parsed.problems()));
		FlaggedApp after = entry.over(before.app());
		if (!CatalogueChecks.same(after, before.app())) {
			this.tables.update(after);
			this.events.publishEvent(FlaggedAppEdited.of(before.app(), after, by));
		}
		return get(id);
	}

	/**
	 * Retires an entry in the name of the admin {@code by}: it stops matching and stays,
	 * with its sources, for the record.
	 * @throws PolicyRefusal when it is retired already or aliases still name it
	 */
	@Transactional
	public CatalogueEntry retire(String id, String because, String by) {
		this.localEdits.allowed();
		CatalogueEntry entry = get(id);
		if (entry.retired()) {
			throw PolicyRefusal.conflict("flagged-app-retired-already", id, entry.retiredAt());
		}
		List<String> aliases = list(false).stream()
			.filter((other) -> id.equals(other.app().aliasOf()))
			.map((other) -> other.app().id())
			.toList();
		if (!aliases.isEmpty()) {
			throw PolicyRefusal.conflict("flagged-app-has-aliases", id, String.join(", ", aliases));
		}
		String reason = DraftCheck.blankToNull(because);
		if (reason != null && reason.length() > 500) {
			throw PolicyRefusal.invalid("policy-text-too-long", "because", String.valueOf(reason.length()), "500");
		}
		BidiControls.refuse("because", reason);
		this.tables.retire(id, this.clock.instant(), reason);
		this.events.publishEvent(new FlaggedAppRetired(id, entry.app().name(), reason, by));
		return get(id);
	}

	/**
	 * The entries that are not retired, in a file that {@link #importFile} takes back.
	 */
	@Transactional(readOnly = true)
	public String export(CatalogueFormat format) {
		List<FlaggedApp> entries = this.tables.loadAll();
		return switch (format) {
			case CSV -> CatalogueCsv.write(entries);
			case JSON -> this.json.write("Flagged-app catalogue exported " + this.clock.instant() + ": "
					+ entries.size() + " entries that are not retired.", entries);
		};
	}

	/**
	 * Imports a whole file, read as a stream of strict UTF-8: creates the entries that
	 * are new, replaces those that changed, in the name of the admin {@code by}. All or
	 * nothing: every row is checked first, and any problem refuses the whole file.
	 * @param content the file, read once to its end; exceptions it throws pass through
	 * @throws CatalogueRefusedException listing the bad rows with their lines (at most
	 * {@code cloakroom.imports.max-problems}, the rest counted)
	 */
	@Transactional
	public CatalogueImportResult importFile(CatalogueFormat format, InputStream content, String by) {
		return importFile(format, content, false, by);
	}

	/**
	 * As {@link #importFile(CatalogueFormat, InputStream, String)}; with
	 * {@code retireMissing} the file is the whole catalogue, and the entries it leaves
	 * out are retired (each audited as a retirement by {@code by}).
	 */
	@Transactional
	public CatalogueImportResult importFile(CatalogueFormat format, InputStream content, boolean retireMissing,
			String by) {
		this.localEdits.allowed();
		DigestedInput file = new DigestedInput(content);
		Checked checked = check(format, file, retireMissing);
		CatalogueImportPlan plan = checked.plan();
		plan.added().forEach(this.tables::insert);
		plan.changed().forEach((change) -> this.tables.update(change.after()));
		String because = "not in the catalogue file imported (SHA-256 " + file.sha256() + ")";
		for (FlaggedApp gone : plan.retired()) {
			this.tables.retire(gone.id(), this.clock.instant(), because);
			this.events.publishEvent(new FlaggedAppRetired(gone.id(), gone.name(), because, by));
		}
		this.events.publishEvent(new FlaggedAppsImported(format, checked.entries(), plan.added().size(),
				plan.changed().size(), plan.unchanged().size(), file.size(), file.sha256(), by));
		return new CatalogueImportResult(checked.entries(), plan.added().stream().map(FlaggedApp::id).toList(),
				plan.changed().stream().map((change) -> change.after().id()).toList(), plan.unchanged(),
				plan.retired().stream().map(FlaggedApp::id).toList());
	}

	/**
	 * What importing this file would do, computed as the import computes it and writing
	 * nothing (no entry, no audit event).
	 * @throws CatalogueRefusedException as the import would
	 */
	@Transactional(readOnly = true)
	public CataloguePreview preview(CatalogueFormat format, InputStream content, boolean retireMissing) {
		DigestedInput file = new DigestedInput(content);
		Checked checked = check(format, file, retireMissing);
		return checked.plan().preview(format, checked.entries(), file.size(), file.sha256());
	}

	/** The file read to its end, checked in full, and what importing it would do. */
	private Checked check(CatalogueFormat format, DigestedInput file, boolean retireMissing) {
		String what = "The " + format + " import";
		int maxRows = this.limits.maxRows();
		int maxProblems = this.limits.maxProblems();
		CatalogueCsv.Parsed parsed = (format == CatalogueFormat.CSV)
				? CatalogueCsv.read(new Utf8Reader(file), maxRows, maxProblems)
				: this.json.read(file, maxRows, maxProblems);
		List<CatalogueEntry> existing = this.tables.loadEntries();
		List<CatalogueConsistency.Incoming> checked = CatalogueChecks.checkAll(what, parsed, existing, maxProblems);
		if (checked.isEmpty()) {
			throw new CatalogueRefusedException(what,
					List.of(new CatalogueProblem(1, null, "entries", "", "the file holds no entries")));
		}
		file.finish();
		return new Checked(checked.size(), CatalogueImportPlan.of(what, checked, existing, retireMissing));
	}

	private record Checked(int entries, CatalogueImportPlan plan) {
	}

	private CatalogueConsistency.Incoming one(String what, CatalogueCsv.Parsed parsed) {
		return CatalogueChecks.checkAll(what, parsed, this.tables.loadEntries()).get(0);
	}

	private static CatalogueDraft withId(CatalogueDraft draft, String id) {
		if (draft.id() != null && !Objects.equals(draft.id().strip(), id)) {
			throw PolicyRefusal.invalid("flagged-app-id-mismatch", draft.id(), id);
		}
		return new CatalogueDraft(draft.line(), id, draft.name(), draft.publisher(), draft.severity(), draft.reason(),
				draft.aliasOf(), draft.identifiers(), draft.sources(), draft.text());
	}

}
