package org.cloakroom.kiosk.violation;

import java.time.Instant;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A phone nobody enrolled was heard INSIDE, and the area policy says to alert: the first
 * of an episode of unenrolled phones inside (its key is the area's, since their addresses
 * rotate). {@code deviceKey} is the day's keyed hash of its address, never the address.
 */
@AuditType("UnenrolledPhoneInside")
public record UnenrolledPhoneInside(String episodeKey, AlertSeverity severity, String deviceKey, String kind,
		Instant at) implements AuditableEvent, RaisesAlert {

	@Override
	public AuditSubject subject() {
		return AuditSubject.device(this.deviceKey);
	}

	@Override
	public boolean alert() {
		return true;
	}

}
