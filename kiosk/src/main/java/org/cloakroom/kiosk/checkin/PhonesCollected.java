package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.Set;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** The employee took their phones back and closed the locker; the session has ended. */
@AuditType("PhonesCollected")
public record PhonesCollected(long sessionId, long employeeId, int lockerId, Set<Long> phoneIds,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId);
	}

}
