package org.cloakroom.kiosk.security;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A wrong PIN was entered for a badge; {@code lockedUntil} is set when this one locked
 * it.
 */
@AuditType("PinRejected")
public record PinRejected(String badgeId, int failuresInWindow, int attemptsLeft,
		Instant lockedUntil) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.badge(this.badgeId);
	}

	@Override
	public boolean alert() {
		return this.lockedUntil != null;
	}

}
