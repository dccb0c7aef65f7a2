package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.Set;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** The employee's phones are in the locked locker. */
@AuditType("PhonesStored")
public record PhonesStored(long sessionId, long employeeId, int lockerId, Set<Long> phoneIds,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId);
	}

}
