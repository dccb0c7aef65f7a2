package org.cloakroom.kiosk.enrolment;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A phone's app inventory was recorded; {@code appIds} and {@code appNames} (display
 * names, from Intune) sorted; {@code mdm} names the reporting system of an MDM inventory;
 * {@code by} who recorded it: a console user, {@code kiosk} for the employee's
 * re-attestation (null in older logs).
 */
@AuditType("InventoryRecorded")
public record InventoryRecorded(PhoneId phoneId, long inventoryId, InventorySource source, Instant recordedAt,
		List<String> appIds, List<String> appNames, String mdm, String by) implements AuditableEvent {

	public InventoryRecorded {
		appIds = List.copyOf(appIds);
		appNames = List.copyOf(appNames);
	}

	public InventoryRecorded(PhoneId phoneId, long inventoryId, InventorySource source, Instant recordedAt,
			List<String> appIds, String by) {
		this(phoneId, inventoryId, source, recordedAt, appIds, List.of(), null, by);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.phone(this.phoneId.value());
	}

}
