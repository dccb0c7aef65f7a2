package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.Set;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** A storage session was opened for an employee's phones; a locker is being reserved. */
@AuditType("StorageSessionOpened")
public record StorageSessionOpened(long sessionId, long employeeId, Set<Long> phoneIds, int unenrolledPhones,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId);
	}

}
