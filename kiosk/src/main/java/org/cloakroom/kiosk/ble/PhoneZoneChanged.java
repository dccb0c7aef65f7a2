package org.cloakroom.kiosk.ble;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An enrolled phone moved from one zone to another (after hysteresis and dwell);
 * {@code confidence} (0 to 1) is how sure proximity is of {@code to}.
 */
@AuditType("PhoneZoneChanged")
public record PhoneZoneChanged(long phoneId, Zone from, Zone to, double filteredRssi, double confidence,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.phone(this.phoneId);
	}

}
