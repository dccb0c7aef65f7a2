package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.alert.EndsAlertEpisode;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A silent controller answers again, set up afresh; each lock of {@code lockerIds} was
 * driven again to the level its locker's state wants. The lockers stay in FAULT until an
 * officer clears each: their doors were unwatched meanwhile. A notice; it ends the
 * episode of the {@link LockerControllerSilent} alert.
 */
@AuditType("LockerControllerAnswering")
public record LockerControllerAnswering(String controller, String kind, List<Integer> lockerIds,
		List<String> kioskLines, Instant at) implements AuditableEvent, EndsAlertEpisode {

	public LockerControllerAnswering {
		lockerIds = List.copyOf(lockerIds);
		kioskLines = List.copyOf(kioskLines);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

	@Override
	public String episodeKey() {
		return LockerControllerSilent.episode(this.controller);
	}

	@Override
	public Instant endedAt() {
		return this.at;
	}

}
