package org.cloakroom.kiosk.checkin;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A storage session ended without a deposit: the locker was not used in time, or none was
 * free.
 */
@AuditType("StorageAbandoned")
public record StorageAbandoned(long sessionId, long employeeId, Integer lockerId, String because,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId);
	}

}
