package org.cloakroom.kiosk.security;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** A console user changed their own password (the current one given). */
@AuditType("ConsoleUserPasswordChanged")
public record ConsoleUserPasswordChanged(String username) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.consoleUser(this.username);
	}

}
