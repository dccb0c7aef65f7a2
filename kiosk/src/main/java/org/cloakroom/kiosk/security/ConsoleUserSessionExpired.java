package org.cloakroom.kiosk.security;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** A console user's session was signed out after it was idle too long. */
@AuditType("ConsoleUserSessionExpired")
public record ConsoleUserSessionExpired(String username, Instant lastActivity) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.consoleUser(this.username);
	}

}
