package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.alert.EndsAlertEpisode;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An admin returned the kiosk to normal after an emergency release that began at
 * {@code startedAt}: every lock is driven as its locker's state says again. What an
 * officer checks next: {@code lockersHoldingPhones} (storages still recorded; their
 * owners may have taken the phones) and {@code doorsOpen} (doors that read open).
 */
@AuditType("EmergencyReleaseEnded")
public record EmergencyReleaseEnded(long emergencyId, EmergencyCause cause, String by, String note, Instant startedAt,
		List<Integer> lockersHoldingPhones, List<Integer> doorsOpen,
		Instant at) implements AuditableEvent, EndsAlertEpisode {

	public EmergencyReleaseEnded {
		lockersHoldingPhones = List.copyOf(lockersHoldingPhones);
		doorsOpen = List.copyOf(doorsOpen);
	}

	/** The alert episode of one release, which its start opens and its end ends. */
	static String episode(long emergencyId) {
		return "emergency-release:" + emergencyId;
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

	@Override
	public String episodeKey() {
		return episode(this.emergencyId);
	}

	@Override
	public Instant endedAt() {
		return this.at;
	}

}
