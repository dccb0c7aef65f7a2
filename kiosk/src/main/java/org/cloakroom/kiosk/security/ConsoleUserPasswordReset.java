package org.cloakroom.kiosk.security;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An admin ({@code by}) set a temporary password that the console user must change at the
 * next sign-in.
 */
@AuditType("ConsoleUserPasswordReset")
public record ConsoleUserPasswordReset(String username, String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.consoleUser(this.username);
	}

}
