package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A BLE identity was added to a phone. Carries only the kind and the safe description,
 * never the identity itself: an IRK must not reach the log. {@code by}: the console user
 * (null in older logs).
 */
@AuditType("BleIdentityAdded")
public record BleIdentityAdded(PhoneId phoneId, String kind, String description, String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.phone(this.phoneId.value());
	}

}
