package org.cloakroom.kiosk.ble;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditableEvent;

/** A phone that is not enrolled reached a zone that matters (AT_DOOR or INSIDE). */
public record UnenrolledPhoneArrived(String deviceKey, String kind, Zone zone, Instant at) implements AuditableEvent {

	@Override
	public String subject() {
		return "device:" + this.deviceKey;
	}

}
