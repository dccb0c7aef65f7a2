package org.cloakroom.kiosk.enrollment;

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

import org.cloakroom.kiosk.enrollment.mdm.GenericCsv;
import org.cloakroom.kiosk.enrollment.mdm.GenericJson;
import org.cloakroom.kiosk.enrollment.mdm.IntuneExport;
import org.cloakroom.kiosk.enrollment.mdm.JamfExport;
import org.cloakroom.kiosk.enrollment.mdm.MdmRow;
import org.cloakroom.kiosk.enrollment.mdm.ParsedExport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports app inventories from MDM files and pushes, all or nothing: the whole file is
 * read and every row matched to an enrolled phone before anything is written, and any bad
 * row refuses the import with every problem by line ({@link InventoryImportRejected}).
 * Rows of devices that match no enrolled phone are reported, not imported, and do not
 * refuse the import. Each matched phone gets one new MDM inventory, recorded now, which
 * becomes its current one (the newest wins).
 */
@Service
public class InventoryImport {

	private static final Pattern MDM_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private final PhoneTable phones;

	private final Enrolment enrolment;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InventoryImport(PhoneTable phones, Enrolment enrolment, ApplicationEventPublisher events, Clock clock) {
		this.phones = phones;
		this.enrolment = enrolment;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param mdm the reporting system's name; {@code null} for the file's own or the
	 * format's default ({@code generic}, {@code intune}, {@code jamf})
	 * @throws InventoryImportRejected naming every bad row; nothing is written
	 */
	@Transactional
	public InventoryImportResult importFile(MdmFormat format, String mdm, byte[] content) {
		Inputs.required("import format", format);
		if (content == null || content.length == 0) {
			throw new InventoryImportRejected(fileName(format), List.of(new ImportProblem(0, "the file is empty")));
		}
		ParsedExport export = switch (format) {
			case GENERIC_CSV -> GenericCsv.parse(content);
			case GENERIC_JSON -> GenericJson.parse(content);
			case INTUNE -> IntuneExport.parse(content);
			case JAMF -> JamfExport.parse(content);
		};
		String mdmName = mdmName((mdm != null) ? mdm : Optional.ofNullable(export.mdm()).orElse(format.defaultMdm()));
		Matched matched = match(export);
		if (!matched.problems.isEmpty()) {
			matched.problems.sort(Comparator.comparingInt(ImportProblem::line));
			throw new InventoryImportRejected(fileName(format), matched.problems);
		}
		return write(format, mdmName, export, matched);
	}

	private Matched match(ParsedExport export) {
		DeviceMatch devices = new DeviceMatch(this.phones.allWithDevices());
		Matched matched = new Matched(new ArrayList<>(export.problems()));
		for (MdmRow row : export.rows()) {
			Optional<PhoneDevices> phone = devices.find(row.device());
			if (phone.isEmpty()) {
				matched.unmatched.computeIfAbsent(row.device().describe(), (device) -> new ArrayList<>())
					.add(row.line());
			}
			else if (row.platform() != null && row.platform() != phone.get().phone().platform()) {
				PhoneRef ref = phone.get().phone();
				matched.problems.add(new ImportProblem(row.line(),
						"platform " + row.platform() + " of " + row.device().describe() + " does not match phone "
								+ ref.id() + " (" + ref.label() + "), which is " + ref.platform()));
			}
			else {
				TreeSet<String> entries = matched.entries.computeIfAbsent(phone.get().phone().id(),
						(id) -> new TreeSet<>());
				if (row.entry() != null) {
					entries.add(row.entry());
				}
			}
		}
		return matched;
	}

	private InventoryImportResult write(MdmFormat format, String mdm, ParsedExport export, Matched matched) {
		Instant now = this.clock.instant();
		List<InventoryImportResult.Recorded> recorded = new ArrayList<>();
		matched.entries.forEach((phoneId, entries) -> {
			AppInventory inventory = export.displayNames()
					? new AppInventory(phoneId, InventorySource.MDM, now, Set.of(), entries, mdm)
					: new AppInventory(phoneId, InventorySource.MDM, now, entries, Set.of(), mdm);
			long id = this.enrolment.record(inventory);
			recorded.add(new InventoryImportResult.Recorded(phoneId, id, inventory.appIds().size(),
					inventory.appNames().size()));
		});
		List<InventoryImportResult.Unmatched> unmatched = matched.unmatched.entrySet()
			.stream()
			.map((entry) -> new InventoryImportResult.Unmatched(entry.getKey(), entry.getValue()))
			.toList();
		this.events.publishEvent(new InventoriesImported(mdm, format, now, export.rows().size(),
				List.copyOf(matched.entries.keySet()), List.copyOf(matched.unmatched.keySet())));
		return new InventoryImportResult(mdm, format, now, export.rows().size(), recorded, unmatched,
				note(export, unmatched));
	}

	private static String note(ParsedExport export, List<InventoryImportResult.Unmatched> unmatched) {
		String note = "An MDM list proves that an app is present, never that it is absent.";
		if (export.displayNames()) {
			note += " Apps are display names (weaker evidence than package or bundle ids).";
		}
		if (!unmatched.isEmpty()) {
			note += " " + unmatched.size() + " device(s) matched no enrolled phone; their rows were not imported"
					+ " (not an error for the import).";
		}
		return note;
	}

	private static String mdmName(String mdm) {
		String name = (mdm == null) ? "" : mdm.strip();
		if (!MDM_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"The mdm name must be 1 to 64 letters, digits, '.', '_' or '-', got '" + mdm + "'");
		}
		return name;
	}

	private static String fileName(MdmFormat format) {
		return format.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " inventory file";
	}

	/** Rows sorted out: inventories per phone, devices nobody enrolled, problems. */
	private static final class Matched {

		private final List<ImportProblem> problems;

		private final Map<Long, TreeSet<String>> entries = new TreeMap<>();

		private final Map<String, List<Integer>> unmatched = new LinkedHashMap<>();

		private Matched(List<ImportProblem> problems) {
			this.problems = problems;
		}

	}

}
