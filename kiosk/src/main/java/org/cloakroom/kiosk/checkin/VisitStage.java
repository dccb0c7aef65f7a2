package org.cloakroom.kiosk.checkin;

/** Where a conversation at the door is. */
public enum VisitStage {

	/** The kiosk waits for answers about phones it did not see. */
	ANSWER_QUESTIONS,
	/** Phones must be stored; the employee can ask for a locker. */
	READY_TO_STORE,
	/** A locker is open and waits for the phones and the door to close. */
	LOCKER_OPEN,
	/** Nothing (more) to store: the employee may go in. */
	ENTER,
	/** The locker was not used in time, or none was free; nothing was stored. */
	ABANDONED

}
