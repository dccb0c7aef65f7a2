package org.cloakroom.kiosk.checkin;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.locker.LockerId;

/**
 * What the kiosk's screen shows now: idle, a choice for an employee with phones stored, a
 * check-in conversation, or a collection. {@code message} carries a refusal to show on
 * idle (unknown badge, wrong PIN); {@code badgeId} the badge number typed before a wrong
 * PIN, kept in its field; {@code timedOut} that the conversation before ended unanswered.
 */
public record KioskScreen(Kind kind, CheckInView checkIn, CollectionView collection, ChoiceView choice, String message,
		String badgeId, boolean timedOut) {

	public enum Kind {

		IDLE, CHOOSE, CHECK_IN, COLLECTION

	}

	/**
	 * An employee with phones in a locker identified: collect them, or go in without
	 * them.
	 */
	public record ChoiceView(String badgeId, EmployeeId employeeId, String employeeName, LockerId lockerId) {
	}

	/** The employee the screen is talking to, or null when idle. */
	@JsonIgnore
	public EmployeeId employeeId() {
		return switch (this.kind) {
			case IDLE -> null;
			case CHOOSE -> this.choice.employeeId();
			case CHECK_IN -> this.checkIn.employeeId();
			case COLLECTION -> this.collection.employeeId();
		};
	}

	static KioskScreen idle(String message, String badgeId, boolean timedOut) {
		return new KioskScreen(Kind.IDLE, null, null, null, message, badgeId, timedOut);
	}

	static KioskScreen choosing(ChoiceView choice) {
		return new KioskScreen(Kind.CHOOSE, null, null, choice, null, null, false);
	}

	static KioskScreen checkingIn(CheckInView checkIn) {
		return new KioskScreen(Kind.CHECK_IN, checkIn, null, null, null, null, false);
	}

	static KioskScreen collecting(CollectionView collection) {
		return new KioskScreen(Kind.COLLECTION, null, collection, null, null, null, false);
	}

}
