package org.cloakroom.kiosk.security;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** A sign-in failed (page or HTTP Basic): the username tried, never the password. */
@AuditType("ConsoleUserSignInFailed")
public record ConsoleUserSignInFailed(String username, SignInFailure reason) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.consoleUser(this.username);
	}

}
