package org.cloakroom.kiosk.security;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * Too many failed sign-ins: the console user may not sign in until {@code lockedUntil}.
 */
@AuditType("ConsoleUserLockedOut")
public record ConsoleUserLockedOut(String username, int failures, Instant lockedUntil) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.consoleUser(this.username);
	}

	@Override
	public boolean alert() {
		return true;
	}

}
