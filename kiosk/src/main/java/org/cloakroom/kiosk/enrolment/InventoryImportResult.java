package org.cloakroom.kiosk.enrolment;

import java.time.Instant;
import java.util.List;

/**
 * What an MDM import wrote. Rows of devices that match no enrolled phone were not
 * imported: {@code unmatchedRows} counts them and {@code unmatched} lists the first
 * devices ({@code cloakroom.imports.max-problems}); that is not an error for the import.
 */
public record InventoryImportResult(String mdm, MdmFormat format, Instant importedAt, long rows,
		List<Recorded> inventories, long unmatchedRows, List<Unmatched> unmatched, String note) {

	public InventoryImportResult {
		inventories = List.copyOf(inventories);
		unmatched = List.copyOf(unmatched);
	}

	/** The inventory recorded for one phone: app ids, or display names (Intune). */
	public record Recorded(PhoneId phoneId, long inventoryId, int appIds, int appNames) {
	}

	/**
	 * A device no enrolled phone matched: its rows, and the first lines that named it.
	 */
	public record Unmatched(String device, long rows, List<Integer> lines) {

		public Unmatched {
			lines = List.copyOf(lines);
		}

	}

}
