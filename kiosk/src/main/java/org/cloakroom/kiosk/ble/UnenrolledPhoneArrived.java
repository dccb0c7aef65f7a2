package org.cloakroom.kiosk.ble;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A phone that is not enrolled reached a zone that matters (AT_DOOR or INSIDE).
 * {@code deviceKey} is the day's keyed hash of its address (never the address: the
 * constructor refuses one), {@code kind} what it looked like ("iPhone", "Android").
 */
@AuditType("UnenrolledPhoneArrived")
public record UnenrolledPhoneArrived(String deviceKey, String kind, Zone zone, Instant at) implements AuditableEvent {

	public UnenrolledPhoneArrived {
		DeviceKeyText.checked("UnenrolledPhoneArrived", deviceKey);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.device(this.deviceKey);
	}

}
