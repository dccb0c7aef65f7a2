package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * At start-up a locker was found mid-transition (or its sensors disagreed with its
 * persisted state) and was put into a safe state; {@code explanation} says what happened
 * in plain words.
 */
@AuditType("LockerRecoveredAtStartup")
public record LockerRecoveredAtStartup(int lockerId, LockerState before, LockerState after, Long sessionId,
		String explanation, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId);
	}

	@Override
	public boolean alert() {
		return true;
	}

}
