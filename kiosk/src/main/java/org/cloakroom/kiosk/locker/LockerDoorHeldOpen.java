package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * The door has been open longer than {@code cloakroom.locker.held-open-limit}; the buzzer
 * sounds.
 */
@AuditType("LockerDoorHeldOpen")
public record LockerDoorHeldOpen(int lockerId, LockerState state, Long sessionId, Instant openSince,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId);
	}

	@Override
	public boolean alert() {
		return true;
	}

}
