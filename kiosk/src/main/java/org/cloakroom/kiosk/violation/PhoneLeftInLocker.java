package org.cloakroom.kiosk.violation;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A storage still held phones past the end of the day: a NOTICE for the next morning's
 * queue, not an alarm (alert=false), one per storage.
 */
@AuditType("PhoneLeftInLocker")
public record PhoneLeftInLocker(String episodeKey, long storageId, int lockerId, long employeeId, String employee,
		List<String> phones, Instant storedAt, Instant endOfDay, Instant at) implements AuditableEvent, RaisesAlert {

	public PhoneLeftInLocker {
		phones = List.copyOf(phones);
	}

	@Override
	public AlertSeverity severity() {
		return AlertSeverity.NOTICE;
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.storage(this.storageId);
	}

}
