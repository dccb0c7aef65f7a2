package org.cloakroom.kiosk.violation;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.UnenrolledPhoneArrived;
import org.cloakroom.kiosk.ble.UnenrolledPhoneSighting;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.policy.UnenrolledInsideAction;

/**
 * Phones nobody enrolled arriving INSIDE: the area policy alerts or counts them. An
 * unenrolled phone is known only by a keyed hash of its address, and phones rotate their
 * addresses every few minutes (the simulated iPhone within seconds), so one stranger
 * would look like many: the episode is the area's (unenrolled phones inside, from the
 * first to none for the quiet period), and its alert names the first device. BLE reports
 * only arrivals of unenrolled phones, so whether any is still inside is asked on the
 * clock's check. Not thread-safe: its owner locks.
 */
final class UnenrolledInside {

	/** The episode's subject: the area behind this kiosk's door. */
	private static final AuditSubject AREA = AuditSubject.kiosk();

	private final ViolationProperties.UnenrolledInside settings;

	private final Episodes episodes;

	private long counted;

	UnenrolledInside(ViolationProperties.UnenrolledInside settings, Episodes episodes) {
		this.settings = settings;
		this.episodes = episodes;
	}

	boolean concerns(UnenrolledPhoneArrived arrival) {
		return arrival.zone() == Zone.INSIDE;
	}

	List<AuditableEvent> arrived(UnenrolledPhoneArrived arrival, UnenrolledInsideAction action) {
		if (action == UnenrolledInsideAction.COUNT) {
			this.counted++;
			return List.of();
		}
		if (!this.episodes.holds(ViolationRule.UNENROLLED_INSIDE, AREA, arrival.at())) {
			return List.of();
		}
		return List.of(new UnenrolledPhoneInside(ViolationRule.UNENROLLED_INSIDE.episodeKey(AREA),
				this.settings.severity(), arrival.deviceKey(), arrival.kind(), arrival.at()));
	}

	/** The area's episode holds while an unenrolled phone is inside, else goes quiet. */
	void stillInside(Supplier<List<UnenrolledPhoneSighting>> inside, Instant now) {
		if (!this.episodes.isOpen(ViolationRule.UNENROLLED_INSIDE, AREA)) {
			return;
		}
		if (inside.get().isEmpty()) {
			this.episodes.calm(ViolationRule.UNENROLLED_INSIDE, AREA, now);
		}
		else {
			this.episodes.holds(ViolationRule.UNENROLLED_INSIDE, AREA, now);
		}
	}

	long counted() {
		return this.counted;
	}

}
