package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An emergency release began: every locker and the area door are let go until an admin
 * returns to normal. {@code by} is the admin of an emergency open, null for the
 * fire-alarm input; {@code lockersHoldingPhones} the lockers whose storages were made
 * reachable (they stay recorded). A CRITICAL alert, one per release.
 */
@AuditType("EmergencyReleaseStarted")
public record EmergencyReleaseStarted(long emergencyId, EmergencyCause cause, String by, String reason,
		List<Integer> lockersHoldingPhones, boolean areaDoorWired, Instant at) implements AuditableEvent, RaisesAlert {

	public EmergencyReleaseStarted {
		lockersHoldingPhones = List.copyOf(lockersHoldingPhones);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

	@Override
	public boolean alert() {
		return true;
	}

	@Override
	public AlertSeverity severity() {
		return AlertSeverity.CRITICAL;
	}

	@Override
	public String episodeKey() {
		return EmergencyReleaseEnded.episode(this.emergencyId);
	}

}
