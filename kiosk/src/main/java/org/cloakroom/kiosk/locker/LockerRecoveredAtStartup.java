package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * At start-up a locker was found mid-transition and settled, locked (or found still in
 * FAULT, {@code fault} saying which); {@code reason} says why, as a code whose words are
 * in the message bundle.
 */
@AuditType("LockerRecoveredAtStartup")
public record LockerRecoveredAtStartup(int lockerId, LockerState before, LockerState after, Long sessionId,
		RecoveryReason reason, LockerFault fault, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId);
	}

	@Override
	public boolean alert() {
		return true;
	}

}
