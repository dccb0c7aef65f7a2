package org.cloakroom.kiosk.security;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** An admin ({@code by}) gave a console user another role. */
@AuditType("ConsoleUserRoleChanged")
public record ConsoleUserRoleChanged(String username, ConsoleRole from, ConsoleRole to,
		String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.consoleUser(this.username);
	}

}
