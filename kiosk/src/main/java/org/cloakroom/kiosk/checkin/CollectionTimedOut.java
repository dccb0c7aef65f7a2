package org.cloakroom.kiosk.checkin;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A collection was not completed in time; the locker is locked again with the phones
 * inside.
 */
@AuditType("CollectionTimedOut")
public record CollectionTimedOut(long sessionId, long employeeId, int lockerId, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId);
	}

}
