package org.cloakroom.kiosk.checkin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.ble.BadgePresence;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.policy.Decision;
import org.cloakroom.kiosk.policy.Reason;

/**
 * One of the employee's phones at check-in: the compliance {@link Decision} with its
 * reasons, whether BLE places it with the employee (its presence at badge:
 * {@code packets} the door-side adapters heard around the badge, {@code confidence} 0 to
 * 1, {@code proximity} null (left out on the wire) when BLE cannot tell, and
 * {@code seenNearby} when it counts as here), and (for a phone that must be stored but is
 * not placed here) the employee's answer to "Do you have it with you?" ({@code carried},
 * null until answered). {@code attestationDue}: the employee's declaration of the phone's
 * apps needs signing off again. On the wire the decision reads as {@code verdict},
 * {@code mustStore} and {@code reasons}, as it always has.
 */
public record PhoneAssessment(PhoneId phoneId, String label, @JsonIgnore Decision decision, boolean seenNearby,
		Boolean carried, boolean attestationDue, int packets, double confidence,
		@JsonInclude(JsonInclude.Include.NON_NULL) Zone proximity) {

	/** As the log recorded an assessment before presence at badge: none recorded. */
	public PhoneAssessment(PhoneId phoneId, String label, Decision decision, boolean seenNearby, Boolean carried,
			boolean attestationDue) {
		this(phoneId, label, decision, seenNearby, carried, attestationDue, 0, 0, null);
	}

	static PhoneAssessment of(PhoneId phoneId, String label, Decision decision, boolean seenNearby,
			boolean attestationDue) {
		return new PhoneAssessment(phoneId, label, decision, seenNearby, null, attestationDue);
	}

	/** With its presence at badge; {@code present} whether that places it here. */
	static PhoneAssessment of(PhoneId phoneId, String label, Decision decision, BadgePresence presence, boolean present,
			boolean attestationDue) {
		return new PhoneAssessment(phoneId, label, decision, present, null, attestationDue, presence.packets(),
				presence.confidence(), presence.proximity());
	}

	/** {@code CLEAR}, {@code MUST_STORE} or {@code UNKNOWN}. */
	@JsonProperty
	public String verdict() {
		return this.decision.verdict().name();
	}

	@JsonProperty
	public boolean mustStore() {
		return this.decision.mustStore();
	}

	@JsonProperty
	public List<Reason> reasons() {
		return this.decision.reasons();
	}

	/** The question the kiosk asks about this phone, or null when it asks nothing. */
	public String question() {
		return (mustStore() && !this.seenNearby) ? "Do you have your " + this.label + " with you?" : null;
	}

	public boolean needsAnswer() {
		return question() != null && this.carried == null;
	}

	/** Whether this phone goes into the locker: it must be stored and it is here. */
	public boolean toStore() {
		return mustStore() && withEmployee();
	}

	/**
	 * Whether the phone is with the employee: BLE places it here, or they said so. Only
	 * then is the stretch at the spot a calibration sample of it.
	 */
	boolean withEmployee() {
		return this.seenNearby || Boolean.TRUE.equals(this.carried);
	}

	/** The reasons in plain words, for the kiosk screen. */
	public List<String> plainReasons() {
		return reasons().stream().map(Reason::plainWords).toList();
	}

	PhoneAssessment answered(boolean carried) {
		return new PhoneAssessment(this.phoneId, this.label, this.decision, this.seenNearby, carried,
				this.attestationDue, this.packets, this.confidence, this.proximity);
	}

	/** BLE placed the phone here after the badge, before the employee answered. */
	PhoneAssessment heardAfterBadge(BadgePresence presence) {
		return new PhoneAssessment(this.phoneId, this.label, this.decision, true, this.carried, this.attestationDue,
				presence.packets(), presence.confidence(), presence.proximity());
	}

	/**
	 * After the employee re-attested: the fresh decision, the answer kept, nothing due.
	 */
	PhoneAssessment reattested(Decision decision) {
		return new PhoneAssessment(this.phoneId, this.label, decision, this.seenNearby, this.carried, false,
				this.packets, this.confidence, this.proximity);
	}

}
