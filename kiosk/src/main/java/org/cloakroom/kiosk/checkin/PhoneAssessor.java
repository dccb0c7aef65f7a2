package org.cloakroom.kiosk.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cloakroom.kiosk.ble.PhoneSighting;
import org.cloakroom.kiosk.ble.Presence;
import org.cloakroom.kiosk.ble.UnenrolledPhoneSighting;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.policy.ComplianceCheck;
import org.cloakroom.kiosk.policy.PhoneFacts;
import org.cloakroom.kiosk.settings.RunTimeSetting;
import org.cloakroom.kiosk.settings.RunTimeSettings;

import org.springframework.stereotype.Component;

/**
 * What the kiosk knows about the phones at the door as a check-in starts: for each of the
 * employee's phones not already in a locker, whether it must be stored and whether BLE
 * saw it near the door in the last moments; and the phones nobody enrolled standing
 * there.
 */
@Component
class PhoneAssessor {

	private final PhoneRegistry phones;

	private final PhoneDecisions decisions;

	private final Presence presence;

	private final ComplianceCheck compliance;

	private final CheckInProperties properties;

	private final RunTimeSettings settings;

	private final Clock clock;

	PhoneAssessor(PhoneRegistry phones, PhoneDecisions decisions, Presence presence, ComplianceCheck compliance,
			CheckInProperties properties, RunTimeSettings settings, Clock clock) {
		this.phones = phones;
		this.decisions = decisions;
		this.presence = presence;
		this.compliance = compliance;
		this.properties = properties;
		this.settings = settings;
		this.clock = clock;
	}

	List<PhoneAssessment> assess(EmployeeRef employee, Set<PhoneId> alreadyStored) {
		Instant recent = this.clock.instant()
			.minus(this.settings.duration(RunTimeSetting.CHECK_IN_SEEN_WITHIN, this.properties.seenWithin()));
		return this.phones.ofEmployee(employee.id())
			.stream()
			.filter(phone -> !alreadyStored.contains(phone.id()))
			.map(phone -> assess(phone, recent))
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

	private PhoneAssessment assess(PhoneRef phone, Instant recent) {
		PhoneFacts facts = this.decisions.facts(phone);
		return PhoneAssessment.of(phone.id(), phone.label(), this.decisions.decide(facts),
				seenNearby(phone.id().value(), recent), facts.attestationOverdue());
	}

	/** Near the door and heard recently; a phone heard only from inside is not "here". */
	private boolean seenNearby(long phoneId, Instant recent) {
		return this.presence.sighting(phoneId)
			.filter((PhoneSighting sighting) -> sighting.zone() == Zone.AT_DOOR || sighting.zone() == Zone.NEAR)
			.isPresent() && this.presence.seenSince(phoneId, recent);
	}

}
