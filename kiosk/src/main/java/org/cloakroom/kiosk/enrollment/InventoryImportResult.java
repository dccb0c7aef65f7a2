package org.cloakroom.kiosk.enrollment;

import java.time.Instant;
import java.util.List;

/**
 * What an MDM import wrote. Rows of devices that match no enrolled phone are listed in
 * {@code unmatched} and were not imported; that is not an error for the whole import.
 */
public record InventoryImportResult(String mdm, MdmFormat format, Instant importedAt, int rows,
		List<Recorded> inventories, List<Unmatched> unmatched, String note) {

	public InventoryImportResult {
		inventories = List.copyOf(inventories);
		unmatched = List.copyOf(unmatched);
	}

	/** The inventory recorded for one phone: app ids, or display names (Intune). */
	public record Recorded(long phoneId, long inventoryId, int appIds, int appNames) {
	}

	/** A device no enrolled phone matched, with the lines that named it. */
	public record Unmatched(String device, List<Integer> lines) {

		public Unmatched {
			lines = List.copyOf(lines);
		}

	}

}
