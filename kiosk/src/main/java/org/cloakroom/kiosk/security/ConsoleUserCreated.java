package org.cloakroom.kiosk.security;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An admin ({@code by}) created a console user with a role; the user must choose a
 * password at first sign-in.
 */
@AuditType("ConsoleUserCreated")
public record ConsoleUserCreated(String username, ConsoleRole role, String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.consoleUser(this.username);
	}

}
