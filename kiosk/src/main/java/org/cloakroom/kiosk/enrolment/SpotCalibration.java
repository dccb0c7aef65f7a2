package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.DoorHome;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.ble.HeardLevel;
import org.cloakroom.kiosk.ble.PhoneCalibrationsChanged;
import org.cloakroom.kiosk.ble.Presence;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-phone calibration at the kiosk's spot: at enrolment an admin has the employee hold
 * the phone at the spot for a few seconds and takes what the adapters heard of it as
 * enrolment samples ({@link PhoneCalibrated} in the log); at every badge-in the check-in
 * hands over the stretch the employee stood there, as badge-in samples. Only the phone's
 * own identities are taken (a packet BLE could not tie to one is not), and every change
 * tells the BLE module ({@link PhoneCalibrationsChanged}).
 */
@DoorHome
@Service
public class SpotCalibration {

	private final PhoneTable phones;

	private final StoredIdentities identities;

	private final StoredCalibrations calibrations;

	private final Presence presence;

	private final CalibrationProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SpotCalibration(PhoneTable phones, StoredIdentities identities, StoredCalibrations calibrations, Presence presence,
			CalibrationProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.phones = phones;
		this.identities = identities;
		this.calibrations = calibrations;
		this.presence = presence;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes the last {@code listen} seconds at the spot as enrolment samples.
	 * @throws NotFoundException for an unknown phone
	 * @throws EnrolmentRefusal {@code phone-not-heard} when no identity of the phone sent
	 * {@code min-packets} to an adapter; nothing is recorded then
	 */
	@Transactional
	public CalibrationTaken calibrate(PhoneId phoneId, String by) {
		requirePhone(phoneId);
		Instant now = this.clock.instant();
		return enrolment(phoneId, ownLevels(phoneId, now.minus(this.properties.listen()), now), now, by);
	}

	/**
	 * A calibration at the spot measured elsewhere (the simulation's demo cast, from its
	 * radio model): taken as {@link #calibrate} takes what BLE heard, refused alike.
	 * Levels of identities not the phone's are not taken.
	 */
	@Transactional
	public CalibrationTaken calibrateFrom(PhoneId phoneId, List<HeardLevel> levels, String by) {
		requirePhone(phoneId);
		Set<Long> own = ownIdentities(phoneId);
		return enrolment(phoneId, levels.stream().filter((level) -> own.contains(level.identityId())).toList(),
				this.clock.instant(), by);
	}

	private CalibrationTaken enrolment(PhoneId phoneId, List<HeardLevel> heard, Instant now, String by) {
		String actor = Inputs.actor(by);
		int most = heard.stream().mapToInt(HeardLevel::packets).max().orElse(0);
		if (most < this.properties.minPackets()) {
			throw new EnrolmentRefusal(Refusal.Kind.CONFLICT, "phone-not-heard", phoneId, most,
					this.properties.minPackets(), this.properties.listen().toSeconds());
		}
		CalibrationTaken taken = record(phoneId, heard, CalibrationSource.ENROLMENT, now);
		this.events.publishEvent(PhoneCalibrated.of(taken, actor));
		return taken;
	}

	/**
	 * Takes the stretch from {@code from} to {@code to}, in which the employee stood at
	 * the spot with the phone, as badge-in samples; nothing when nothing was heard.
	 * @throws NotFoundException for an unknown phone
	 */
	@Transactional
	public List<CalibrationSample> badgeIn(PhoneId phoneId, Instant from, Instant to) {
		requirePhone(phoneId);
		List<HeardLevel> heard = ownLevels(phoneId, from, to);
		return heard.isEmpty() ? List.of() : record(phoneId, heard, CalibrationSource.BADGE_IN, to).samples();
	}

	/**
	 * @throws NotFoundException for an unknown phone
	 */
	@Transactional(readOnly = true)
	public PhoneCalibrationView of(PhoneId phoneId) {
		requirePhone(phoneId);
		return PhoneCalibrationView.of(phoneId, this.calibrations.of(phoneId).stream().map(SpotLevelView::of).toList());
	}

	private CalibrationTaken record(PhoneId phoneId, List<HeardLevel> heard, CalibrationSource source, Instant at) {
		List<CalibrationSample> samples = heard.stream()
			.map((level) -> new CalibrationSample(level.identityId(), level.adapter(), level.medianDbm(),
					level.spreadDb(), level.packets(), source, at, SampleVerdict.ACCEPTED))
			.toList();
		List<CalibrationSample> recorded = this.calibrations.record(phoneId, samples);
		this.events.publishEvent(new PhoneCalibrationsChanged());
		return new CalibrationTaken(phoneId, recorded, of(phoneId));
	}

	/** What was heard of the phone's own identities; never a packet tied to none. */
	private List<HeardLevel> ownLevels(PhoneId phoneId, Instant from, Instant to) {
		Set<Long> own = ownIdentities(phoneId);
		return this.presence.levels(phoneId.value(), from, to)
			.stream()
			.filter((level) -> own.contains(level.identityId()))
			.filter((level) -> level.adapter() != null && !level.adapter().isBlank())
			.toList();
	}

	private Set<Long> ownIdentities(PhoneId phoneId) {
		return this.identities.viewsOf(phoneId).stream().map(IdentityView::id).collect(Collectors.toUnmodifiableSet());
	}

	private void requirePhone(PhoneId phoneId) {
		this.phones.byId(phoneId).orElseThrow(() -> new NotFoundException("Phone", phoneId));
	}

}
