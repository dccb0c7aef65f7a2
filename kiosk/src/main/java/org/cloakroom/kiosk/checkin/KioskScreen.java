package org.cloakroom.kiosk.checkin;

/**
 * What the kiosk's screen shows now: idle, a choice for an employee with phones stored, a
 * check-in conversation, or a collection. {@code message} carries a refusal to show on
 * idle (unknown badge, wrong PIN).
 */
public record KioskScreen(Kind kind, VisitView visit, CollectionView collection, ChoiceView choice, String message) {

	public enum Kind {

		IDLE, CHOOSE, VISIT, COLLECTION

	}

	/**
	 * An employee with phones in a locker identified: collect them, or go in without
	 * them.
	 */
	public record ChoiceView(String badgeId, long employeeId, String employeeName, int lockerId) {
	}

	static KioskScreen idle(String message) {
		return new KioskScreen(Kind.IDLE, null, null, null, message);
	}

}
