package org.cloakroom.kiosk.checkin;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * At start-up a session was found mid-step and was brought to the state its locker is in.
 */
@AuditType("StorageSessionRecovered")
public record StorageSessionRecovered(long sessionId, long employeeId, Integer lockerId, SessionState before,
		SessionState after, String explanation, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId);
	}

}
