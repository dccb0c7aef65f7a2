package org.cloakroom.kiosk.ble;

import java.time.Duration;
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

	/**
	 * Which of an employee's phones is with them: what the door-side adapters heard of
	 * the phone from {@code before} ahead of the badge to {@code after} past it. Until
	 * the window has passed, what was heard so far. Proximity is read against the phone's
	 * spot levels; it is {@code null} (the kiosk asks) when none of the identities heard
	 * has a calibration, or nothing was heard. Only the phone's last 512 packets are kept
	 * (about 17 s on three adapters).
	 */
	public BadgePresence atBadge(long phoneId, Instant badge, Duration before, Duration after) {
		return this.pipeline.atBadge(phoneId, badge.minus(before), badge.plus(after));
	}

	/**
	 * Per identity and adapter, what was heard of the phone from {@code from} to
	 * {@code to}: a calibration sample when the phone is known to be at the kiosk's spot.
	 * Raw levels (no offset, no spot level), from the phone's last 512 packets.
	 */
	public List<HeardLevel> levels(long phoneId, Instant from, Instant to) {
		return this.pipeline.levels(phoneId, from, to);
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
