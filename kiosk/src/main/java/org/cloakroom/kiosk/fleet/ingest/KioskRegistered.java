package org.cloakroom.kiosk.fleet.ingest;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An admin registered a kiosk with the central instance; its join code (never recorded)
 * is valid until {@code joinCodeExpiresAt}.
 */
@AuditType("KioskRegistered")
public record KioskRegistered(long kioskId, String name, String site, Instant joinCodeExpiresAt,
		String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.registeredKiosk(this.name);
	}

}
