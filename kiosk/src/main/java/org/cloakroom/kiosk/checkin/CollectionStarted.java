package org.cloakroom.kiosk.checkin;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** An employee identified to take their phones back; the locker is unlocked. */
@AuditType("CollectionStarted")
public record CollectionStarted(long sessionId, long employeeId, int lockerId, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId);
	}

}
