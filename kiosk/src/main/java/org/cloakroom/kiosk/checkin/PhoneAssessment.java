package org.cloakroom.kiosk.checkin;

import java.util.List;

import org.cloakroom.kiosk.policy.Decision;
import org.cloakroom.kiosk.policy.Reason;

/**
 * One of the employee's phones at check-in: the compliance verdict with its reasons,
 * whether BLE saw it near the door just now, and (for a phone that must be stored but was
 * not seen) the employee's answer to "Do you have it with you?" ({@code carried}, null
 * until answered). {@code attestationDue}: the employee's declaration of the phone's apps
 * needs signing off again.
 */
public record PhoneAssessment(long phoneId, String label, String verdict, boolean mustStore, List<Reason> reasons,
		boolean seenNearby, Boolean carried, boolean attestationDue) {

	public PhoneAssessment {
		reasons = List.copyOf(reasons);
	}

	static PhoneAssessment of(long phoneId, String label, Decision decision, boolean seenNearby,
			boolean attestationDue) {
		return new PhoneAssessment(phoneId, label, decision.verdict().name(), decision.mustStore(), decision.reasons(),
				seenNearby, null, attestationDue);
	}

	/** The question the kiosk asks about this phone, or null when it asks nothing. */
	public String question() {
		return (this.mustStore && !this.seenNearby) ? "Do you have your " + this.label + " with you?" : null;
	}

	public boolean needsAnswer() {
		return question() != null && this.carried == null;
	}

	/** Whether this phone goes into the locker: it must be stored and it is here. */
	public boolean toStore() {
		return this.mustStore && (this.seenNearby || Boolean.TRUE.equals(this.carried));
	}

	/** The reasons in plain words, for the kiosk screen. */
	public List<String> plainReasons() {
		return this.reasons.stream().map(Reason::plainWords).toList();
	}

	PhoneAssessment answered(boolean carried) {
		return new PhoneAssessment(this.phoneId, this.label, this.verdict, this.mustStore, this.reasons,
				this.seenNearby, carried, this.attestationDue);
	}

	/**
	 * After the employee re-attested: the fresh decision, the answer kept, nothing due.
	 */
	PhoneAssessment reattested(Decision decision) {
		return new PhoneAssessment(this.phoneId, this.label, decision.verdict().name(), decision.mustStore(),
				decision.reasons(), this.seenNearby, this.carried, false);
	}

}
