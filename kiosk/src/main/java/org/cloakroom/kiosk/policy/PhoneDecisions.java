package org.cloakroom.kiosk.policy;

import java.util.Set;

import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;

import org.springframework.stereotype.Service;

/**
 * The compliance decision for an enrolled phone, from its newest inventory and its
 * attestation status: the one place that turns enrolment data into {@link PhoneFacts}.
 */
@Service
public class PhoneDecisions {

	private final PhoneRegistry phones;

	private final ComplianceCheck compliance;

	private final Enrolment enrolment;

	PhoneDecisions(PhoneRegistry phones, ComplianceCheck compliance, Enrolment enrolment) {
		this.phones = phones;
		this.compliance = compliance;
		this.enrolment = enrolment;
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown phone
	 */
	public Decision decide(long phoneId) {
		return decide(this.phones.byId(PhoneId.of(phoneId)));
	}

	/**
	 * Records that the employee signed off the phone's declared apps as unchanged, and
	 * decides again on that fresh attestation.
	 */
	public Decision reattest(PhoneId phoneId) {
		this.enrolment.reattest(phoneId);
		return decide(phoneId.value());
	}

	public Decision decide(PhoneRef phone) {
		return decide(facts(phone));
	}

	public Decision decide(PhoneFacts facts) {
		return this.compliance.decide(facts);
	}

	/**
	 * What the decision rests on, read once: the newest inventory and the attestation
	 * status.
	 */
	public PhoneFacts facts(PhoneRef phone) {
		boolean overdue = this.phones.attestation(phone.id()).overdue();
		return this.phones.currentInventory(phone.id())
			.map((inventory) -> new PhoneFacts(phone.id(), phone.employeeId(), phone.label(), phone.platform(),
					inventory.appIds(), inventory.appNames(), inventory.recordedAt(), inventory.provesAbsence(),
					overdue))
			.orElseGet(() -> new PhoneFacts(phone.id(), phone.employeeId(), phone.label(), phone.platform(), Set.of(),
					Set.of(), null, false, overdue));
	}

}
