package org.cloakroom.kiosk.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an MDM import would record, computed from the file without writing anything: for
 * each matched phone its apps (ids, or display names for Intune) and those added and
 * removed against its current inventory; the devices no phone matched, as the import
 * would list them; the file's size and SHA-256, so that the apply step can be checked
 * against the same file.
 */
public record InventoryImportPreview(String mdm, MdmFormat format, long rows, List<PhoneChange> phones,
		long unmatchedRows, List<InventoryImportResult.Unmatched> unmatched, String note, long fileBytes,
		String fileSha256) {

	public InventoryImportPreview {
		phones = List.copyOf(phones);
		unmatched = List.copyOf(unmatched);
	}

	/**
	 * One phone's inventory as the import would record it. {@code displayNames}: the apps
	 * are Intune's display names, compared with the display names of the current
	 * inventory. {@code currentAt}: when the current inventory was recorded (null: none).
	 */
	public record PhoneChange(PhoneId phoneId, String label, Platform platform, boolean displayNames, List<String> apps,
			List<String> added, List<String> removed, Instant currentAt) {

		public PhoneChange {
			apps = List.copyOf(apps);
			added = List.copyOf(added);
			removed = List.copyOf(removed);
		}

		static PhoneChange of(PhoneRef phone, boolean displayNames, Set<String> imported, Set<String> current,
				Instant currentAt) {
			TreeSet<String> added = new TreeSet<>(imported);
			added.removeAll(current);
			TreeSet<String> removed = new TreeSet<>(current);
			removed.removeAll(imported);
			return new PhoneChange(phone.id(), phone.label(), phone.platform(), displayNames,
					List.copyOf(new TreeSet<>(imported)), List.copyOf(added), List.copyOf(removed), currentAt);
		}

	}

}
