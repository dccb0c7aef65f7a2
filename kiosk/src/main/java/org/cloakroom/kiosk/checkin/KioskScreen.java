package org.cloakroom.kiosk.checkin;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.locker.LockerId;

/**
 * What the kiosk's screen shows now: idle, a choice for an employee with phones stored, a
 * check-in conversation, or a collection. {@code message} carries a refusal to show on
 * idle (unknown badge, wrong PIN).
 */
public record KioskScreen(Kind kind, CheckInView checkIn, CollectionView collection, ChoiceView choice,
		String message) {

	public enum Kind {

		IDLE, CHOOSE, CHECK_IN, COLLECTION

	}

	/**
	 * An employee with phones in a locker identified: collect them, or go in without
	 * them.
	 */
	public record ChoiceView(String badgeId, EmployeeId employeeId, String employeeName, LockerId lockerId) {
	}

	static KioskScreen idle(String message) {
		return new KioskScreen(Kind.IDLE, null, null, null, message);
	}

}
