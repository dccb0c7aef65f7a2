package org.cloakroom.kiosk.enrolment;

import java.time.Instant;
import java.util.List;

/**
 * One recorded inventory of a phone as the API shows it, with the phone's attestation
 * status. {@code provesAbsence} is false for MDM lists: they prove presence only.
 */
public record InventoryView(long inventoryId, PhoneId phoneId, InventorySource source, String mdm, Instant recordedAt,
		List<String> appIds, List<String> appNames, boolean provesAbsence, Attestation attestation) {

	public InventoryView {
		appIds = List.copyOf(appIds);
		appNames = List.copyOf(appNames);
	}

}
