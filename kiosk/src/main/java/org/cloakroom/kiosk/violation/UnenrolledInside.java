package org.cloakroom.kiosk.violation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.UnenrolledPhoneArrived;
import org.cloakroom.kiosk.ble.UnenrolledPhoneSighting;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.policy.UnenrolledInsideAction;

/**
 * A phone nobody enrolled arriving INSIDE: the area policy alerts (one per episode of
 * that device) or counts it. BLE reports only arrivals of unenrolled phones, so whether
 * one is still inside is asked on the clock's check. Not thread-safe: its owner locks.
 */
final class UnenrolledInside {

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
		AuditSubject device = arrival.subject();
		if (!this.episodes.holds(ViolationRule.UNENROLLED_INSIDE, device, arrival.at())) {
			return List.of();
		}
		return List.of(new UnenrolledPhoneInside(ViolationRule.UNENROLLED_INSIDE.episodeKey(device),
				this.settings.severity(), arrival.deviceKey(), arrival.kind(), arrival.at()));
	}

	/** Open episodes of devices no longer inside go quiet; those inside hold. */
	void stillInside(Supplier<List<UnenrolledPhoneSighting>> inside, Instant now) {
		List<Episode> open = this.episodes.openOf(ViolationRule.UNENROLLED_INSIDE);
		if (open.isEmpty()) {
			return;
		}
		Set<String> there = inside.get()
			.stream()
			.map((sighting) -> AuditSubject.device(sighting.deviceKey()).text())
			.collect(Collectors.toSet());
		for (Episode episode : open) {
			AuditSubject device = AuditSubject.device(episode.subject().substring("device:".length()));
			if (there.contains(episode.subject())) {
				this.episodes.holds(ViolationRule.UNENROLLED_INSIDE, device, now);
			}
			else {
				this.episodes.calm(ViolationRule.UNENROLLED_INSIDE, device, now);
			}
		}
	}

	long counted() {
		return this.counted;
	}

}
