package org.cloakroom.kiosk.security;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** A console user signed in on the sign-in page. */
@AuditType("ConsoleUserSignedIn")
public record ConsoleUserSignedIn(String username) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.consoleUser(this.username);
	}

}
