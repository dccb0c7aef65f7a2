package org.cloakroom.kiosk.checkin;

/** Where a check-in is. */
public enum CheckInStage {

	/** The kiosk waits for answers about phones it did not see. */
	ANSWER_QUESTIONS,
	/** Phones must be stored; the employee can ask for a locker. */
	READY_TO_STORE,
	/** A locker is open and waits for the phones and the door to close. */
	LOCKER_OPEN,
	/** Nothing (more) to store: the employee may go in. */
	ENTER,
	/**
	 * The storage was abandoned (the locker was not used in time, or none was free):
	 * nothing was stored.
	 */
	NOT_STORED

}
