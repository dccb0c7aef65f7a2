package org.cloakroom.kiosk.fleet.ingest;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An admin revoked a registered kiosk: its fleet token (or unused join code) is refused
 * from now on.
 */
@AuditType("KioskRevoked")
public record KioskRevoked(long kioskId, String name, String site, String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.registeredKiosk(this.name);
	}

}
