package org.cloakroom.kiosk.violation;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A phone recorded as stored was heard where it cannot be if it is in its locker (INSIDE,
 * or NEAR: heard, but not at the locker bank): what is in the locker may be a decoy.
 * {@code confidence} (0 to 1) is how sure proximity is of the zone.
 */
@AuditType("PossibleDecoy")
public record PossibleDecoy(String episodeKey, AlertSeverity severity, long phoneId, String phone, long employeeId,
		String employee, long storageId, int lockerId, Instant storedAt, Zone zone, List<String> adapters,
		double filteredRssi, double confidence, Instant at) implements AuditableEvent, RaisesAlert {

	public PossibleDecoy {
		adapters = List.copyOf(adapters);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.phone(this.phoneId);
	}

	@Override
	public boolean alert() {
		return true;
	}

}
