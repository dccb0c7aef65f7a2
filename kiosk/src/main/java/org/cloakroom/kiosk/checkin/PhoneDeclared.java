package org.cloakroom.kiosk.checkin;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An employee answered whether they carry a phone the kiosk did not see; evidence if it
 * is later seen inside.
 */
@AuditType("PhoneDeclared")
public record PhoneDeclared(long employeeId, long phoneId, boolean carried, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.phone(this.phoneId);
	}

}
