package org.cloakroom.kiosk.checkin;

/**
 * Where a storage session is, from the locker's reservation to the phone's collection.
 */
public enum SessionState {

	/** A locker is reserved and unlocked for the deposit. */
	DEPOSITING,
	/** The phones are in the locked locker; the employee is inside. */
	STORED,
	/** The locker is unlocked for collection. */
	COLLECTING,
	/** The phones were collected and the locker is free. */
	ENDED,
	/** The deposit never happened (timed out, or no locker was free). */
	ABANDONED;

}
