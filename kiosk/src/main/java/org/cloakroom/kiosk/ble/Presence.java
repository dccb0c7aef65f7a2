package org.cloakroom.kiosk.ble;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.cloakroom.kiosk.ble.identity.Resolution.UnenrolledPhone;
import org.cloakroom.kiosk.ble.proximity.Sighting;

import org.springframework.stereotype.Service;

/**
 * What BLE has seen: per enrolled phone its latest sighting, and unenrolled phones about.
 */
@Service
public class Presence {

	private final BlePipeline pipeline;

	Presence(BlePipeline pipeline) {
		this.pipeline = pipeline;
	}

	public Optional<PhoneSighting> sighting(long phoneId) {
		return this.pipeline.sighting(new EnrolledPhone(phoneId))
			.map((seen) -> new PhoneSighting(phoneId, seen.zone(), seen.filteredRssi(), seen.lastSeen()));
	}

	/** Whether the phone sent anything at or after {@code since}. */
	public boolean seenSince(long phoneId, Instant since) {
		return this.pipeline.sighting(new EnrolledPhone(phoneId))
			.map(Sighting::lastSeen)
			.filter((lastSeen) -> !lastSeen.isBefore(since))
			.isPresent();
	}

	/** Unenrolled phones currently placed in the given zone. */
	public List<UnenrolledPhoneSighting> unenrolledPhonesIn(Zone zone) {
		return this.pipeline.unenrolledIn(zone).stream().map(Presence::unenrolled).toList();
	}

	private static UnenrolledPhoneSighting unenrolled(Sighting seen) {
		UnenrolledPhone phone = (UnenrolledPhone) seen.subject();
		return new UnenrolledPhoneSighting(phone.deviceKey(), phone.kind(), seen.zone(), seen.lastSeen());
	}

}
