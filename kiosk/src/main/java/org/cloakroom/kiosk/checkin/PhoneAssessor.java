package org.cloakroom.kiosk.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cloakroom.kiosk.ble.BadgePresence;
import org.cloakroom.kiosk.ble.Presence;
import org.cloakroom.kiosk.ble.UnenrolledPhoneSighting;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.policy.ComplianceCheck;
import org.cloakroom.kiosk.policy.PhoneDecisions;
import org.cloakroom.kiosk.policy.PhoneFacts;
import org.cloakroom.kiosk.settings.RunTimeSetting;
import org.cloakroom.kiosk.settings.RunTimeSettings;

import org.springframework.stereotype.Component;

/**
 * What the kiosk knows about the phones at the door as a check-in starts: for each of the
 * employee's phones not already in a locker, whether it must be stored and its presence
 * at badge (what the door-side adapters heard of it from {@code seen-within} before the
 * badge to {@code presence-after} past it, with a confidence); and the phones nobody
 * enrolled standing there. A phone counts as here only when BLE places it at the door or
 * near with at least {@code presence-min-confidence}; when BLE cannot tell (an
 * uncalibrated phone, nothing heard) the kiosk asks, never guesses.
 */
@Component
class PhoneAssessor {

	private final PhoneRegistry phones;

	private final PhoneDecisions decisions;

	private final Presence presence;

	private final ComplianceCheck compliance;

	private final CheckInProperties properties;

	private final RunTimeSettings settings;

	PhoneAssessor(PhoneRegistry phones, PhoneDecisions decisions, Presence presence, ComplianceCheck compliance,
			CheckInProperties properties, RunTimeSettings settings) {
		this.phones = phones;
		this.decisions = decisions;
		this.presence = presence;
		this.compliance = compliance;
		this.properties = properties;
		this.settings = settings;
	}

	List<PhoneAssessment> assess(EmployeeRef employee, Set<PhoneId> alreadyStored, Instant badge) {
		return this.phones.ofEmployee(employee.id())
			.stream()
			.filter(phone -> !alreadyStored.contains(phone.id()))
			.map(phone -> assess(phone, badge))
			.toList();
	}

	/**
	 * Phones that nobody enrolled at the door now, and what the area policy does about
	 * them.
	 */
	UnenrolledNotice unenrolledAtDoor() {
		List<UnenrolledPhoneSighting> atDoor = this.presence.unenrolledPhonesIn(Zone.AT_DOOR);
		return new UnenrolledNotice(atDoor.stream().map(UnenrolledPhoneSighting::deviceKey).toList(),
				atDoor.stream().map(UnenrolledPhoneSighting::kind).toList(), this.compliance.unenrolledPhoneAction());
	}

	/** The phone's presence at the badge, as heard so far. */
	BadgePresence atBadge(PhoneId phoneId, Instant badge) {
		Duration before = this.settings.duration(RunTimeSetting.CHECK_IN_SEEN_WITHIN, this.properties.seenWithin());
		return this.presence.atBadge(phoneId.value(), badge, before, this.properties.presenceAfter());
	}

	/** Whether the presence places the phone with the employee. */
	boolean present(BadgePresence heard) {
		return heard.proximityKnown() && (heard.proximity() == Zone.AT_DOOR || heard.proximity() == Zone.NEAR)
				&& heard.confidence() >= this.properties.presenceMinConfidence();
	}

	private PhoneAssessment assess(PhoneRef phone, Instant badge) {
		PhoneFacts facts = this.decisions.facts(phone);
		BadgePresence heard = atBadge(phone.id(), badge);
		return PhoneAssessment.of(phone.id(), phone.label(), this.decisions.decide(facts), heard, present(heard),
				facts.attestationOverdue());
	}

}
