package org.cloakroom.kiosk.enrolment;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.DigestedInput;
import org.cloakroom.kiosk.ImportLimits;
import org.cloakroom.kiosk.enrolment.mdm.MdmFiles;
import org.cloakroom.kiosk.enrolment.mdm.MdmRow;
import org.cloakroom.kiosk.enrolment.mdm.ParsedExport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports app inventories from MDM files and pushes, all or nothing: the file is read as
 * a stream and every row matched to an enrolled phone as it is read, before anything is
 * written; any bad row refuses the import with the problems by line
 * ({@link InventoryImportRejected}, at most {@code cloakroom.imports.max-problems}
 * listed). Rows of devices that match no enrolled phone are counted, and the first
 * devices listed, not imported; they do not refuse the import. Each matched phone gets
 * one new MDM inventory, recorded now, which becomes its current one (the newest wins).
 * Memory grows with the phones matched and their apps, never with the file. A
 * {@linkplain #preview preview} reads the file the same way and writes nothing.
 */
@Service
public class InventoryImport {

	/** Far more apps than a phone holds; keeps one inventory (and its event) bounded. */
	static final int MAX_APPS_PER_PHONE = 5_000;

	/** Lines kept per unmatched device. */
	static final int LINES_PER_DEVICE = 10;

	private static final Pattern MDM_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private final PhoneTable phones;

	private final InventoryTable inventories;

	private final Enrolment enrolment;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ImportLimits limits;

	InventoryImport(PhoneTable phones, InventoryTable inventories, Enrolment enrolment,
			ApplicationEventPublisher events, Clock clock, ImportLimits limits) {
		this.phones = phones;
		this.inventories = inventories;
		this.enrolment = enrolment;
		this.events = events;
		this.clock = clock;
		this.limits = limits;
	}

	/**
	 * @param mdm the reporting system's name; {@code null} for the file's own or the
	 * format's default ({@code generic}, {@code intune}, {@code jamf})
	 * @param content the file, read once to its end; exceptions it throws pass through
	 * @param by the console user importing it
	 * @throws InventoryImportRejected naming the bad rows; nothing is written
	 */
	@Transactional
	public InventoryImportResult importFile(MdmFormat format, String mdm, InputStream content, String by) {
		String actor = Inputs.actor(by);
		Read read = read(format, mdm, content);
		return write(format, read.mdm, read.export, read.matched, read.file, actor);
	}

	/**
	 * What {@link #importFile} would record for each phone, against its current
	 * inventory: the apps added and removed. Reads the file the same way (the same
	 * refusals) and writes nothing, not even to the log.
	 * @throws InventoryImportRejected naming the bad rows
	 */
	@Transactional(readOnly = true)
	public InventoryImportPreview preview(MdmFormat format, String mdm, InputStream content) {
		Read read = read(format, mdm, content);
		List<InventoryImportPreview.PhoneChange> phones = new ArrayList<>();
		read.matched.entries.forEach((phoneId, entries) -> {
			PhoneRef phone = this.phones.byId(phoneId).orElseThrow();
			Optional<AppInventory> current = this.inventories.newest(phoneId);
			Set<String> before = current
				.map((inventory) -> read.export.displayNames() ? inventory.appNames() : inventory.appIds())
				.orElse(Set.of());
			phones.add(InventoryImportPreview.PhoneChange.of(phone, read.export.displayNames(), entries, before,
					current.map(AppInventory::recordedAt).orElse(null)));
		});
		return new InventoryImportPreview(read.mdm, format, read.export.rowCount(), phones, read.matched.unmatchedRows,
				unmatched(read.matched), note(read.export, read.matched), read.file.size(), read.file.sha256());
	}

	private Read read(MdmFormat format, String mdm, InputStream content) {
		Inputs.required("import format", format);
		DigestedInput file = new DigestedInput(content);
		PushbackInputStream in = new PushbackInputStream(file);
		if (isEmpty(in)) {
			throw new InventoryImportRejected(fileName(format), List.of(new ImportProblem(0, "the file is empty")), 0);
		}
		ParsedExport export = new ParsedExport(this.limits);
		Matched matched = new Matched(new DeviceMatch(this.phones.allWithDevices()), export, this.limits);
		MdmFiles.read(format, in, export.rowsTo(matched::add));
		if (!export.problems().isEmpty()) {
			throw new InventoryImportRejected(fileName(format), export.problems(), export.moreProblems());
		}
		String mdmName = mdmName((mdm != null) ? mdm : Optional.ofNullable(export.mdm()).orElse(format.defaultMdm()));
		return new Read(mdmName, export, matched, file.finish());
	}

	/** A file read to its end and matched to phones. */
	private record Read(String mdm, ParsedExport export, Matched matched, DigestedInput file) {
	}

	private static boolean isEmpty(PushbackInputStream in) {
		try {
			int first = in.read();
			if (first >= 0) {
				in.unread(first);
			}
			return first < 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private InventoryImportResult write(MdmFormat format, String mdm, ParsedExport export, Matched matched,
			DigestedInput file, String by) {
		Instant now = this.clock.instant();
		List<InventoryImportResult.Recorded> recorded = new ArrayList<>();
		matched.entries.forEach((phoneId, entries) -> {
			AppInventory inventory = export.displayNames()
					? new AppInventory(phoneId, InventorySource.MDM, now, Set.of(), entries, mdm)
					: new AppInventory(phoneId, InventorySource.MDM, now, entries, Set.of(), mdm);
			long id = this.enrolment.record(inventory, by);
			recorded.add(new InventoryImportResult.Recorded(phoneId, id, inventory.appIds().size(),
					inventory.appNames().size()));
		});
		this.events.publishEvent(new InventoriesImported(mdm, format, now, export.rowCount(), recorded.size(),
				matched.unmatchedRows, file.size(), file.sha256(), by));
		return new InventoryImportResult(mdm, format, now, export.rowCount(), recorded, matched.unmatchedRows,
				unmatched(matched), note(export, matched));
	}

	private static List<InventoryImportResult.Unmatched> unmatched(Matched matched) {
		return matched.unmatched.entrySet()
			.stream()
			.map((entry) -> new InventoryImportResult.Unmatched(entry.getKey(), entry.getValue().rows,
					entry.getValue().lines))
			.toList();
	}

	private static String note(ParsedExport export, Matched matched) {
		String note = "An MDM list proves that an app is present, never that it is absent.";
		if (export.displayNames()) {
			note += " Apps are display names (weaker evidence than package or bundle ids).";
		}
		if (matched.unmatchedRows > 0) {
			note += String.format(" %,d row(s) named devices that match no enrolled phone and were not imported"
					+ " (not an error for the import)", matched.unmatchedRows);
			note += matched.unlisted
					? String.format("; the first %,d such devices are listed.", matched.unmatched.size()) : ".";
		}
		return note;
	}

	private static String mdmName(String mdm) {
		String name = (mdm == null) ? "" : mdm.strip();
		if (!MDM_NAME.matcher(name).matches()) {
			throw EnrolmentRefusal.invalid("mdm-name-invalid", mdm);
		}
		return name;
	}

	private static String fileName(MdmFormat format) {
		return format.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " inventory file";
	}

	/**
	 * Rows sorted out as they are read: inventories per phone, devices nobody enrolled
	 * (the first ones listed, all counted); problems go to the export.
	 */
	private static final class Matched {

		private final DeviceMatch devices;

		private final ParsedExport export;

		private final int listedDevices;

		private final Map<PhoneId, TreeSet<String>> entries = new TreeMap<>(Comparator.comparingLong(PhoneId::value));

		private final Map<String, UnmatchedDevice> unmatched = new LinkedHashMap<>();

		private long unmatchedRows;

		private boolean unlisted;

		private Matched(DeviceMatch devices, ParsedExport export, ImportLimits limits) {
			this.devices = devices;
			this.export = export;
			this.listedDevices = limits.maxProblems();
		}

		void add(MdmRow row) {
			Optional<PhoneDevices> phone = this.devices.find(row.device());
			if (phone.isEmpty()) {
				unmatched(row);
				return;
			}
			PhoneRef ref = phone.get().phone();
			if (row.platform() != null && row.platform() != ref.platform()) {
				this.export.problem(row.line(), "platform " + row.platform() + " of " + row.device().describe()
						+ " does not match phone " + ref.id() + " (" + ref.label() + "), which is " + ref.platform());
				return;
			}
			TreeSet<String> apps = this.entries.computeIfAbsent(ref.id(), (id) -> new TreeSet<>());
			if (row.entry() != null && apps.size() < MAX_APPS_PER_PHONE) {
				apps.add(row.entry());
			}
			else if (row.entry() != null && !apps.contains(row.entry())) {
				this.export.problem(row.line(), String.format("%s reports more than %,d apps for phone %d",
						row.device().describe(), MAX_APPS_PER_PHONE, ref.id().value()));
			}
		}

		private void unmatched(MdmRow row) {
			this.unmatchedRows++;
			String device = row.device().describe();
			UnmatchedDevice listed = this.unmatched.get(device);
			if (listed == null && this.unmatched.size() < this.listedDevices) {
				listed = new UnmatchedDevice();
				this.unmatched.put(device, listed);
			}
			if (listed == null) {
				this.unlisted = true;
				return;
			}
			listed.rows++;
			if (listed.lines.size() < LINES_PER_DEVICE) {
				listed.lines.add(row.line());
			}
		}

	}

	private static final class UnmatchedDevice {

		private final List<Integer> lines = new ArrayList<>();

		private long rows;

	}

}
