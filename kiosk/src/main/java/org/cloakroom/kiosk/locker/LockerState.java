package org.cloakroom.kiosk.locker;

/** Where a locker is in its cycle. */
public enum LockerState {

	/** Empty and locked, ready to be unlocked for storing. */
	FREE,
	/** Unlocked for a storage, waiting for the door to open and close. */
	STORING,
	/** Phones are inside and the locker is locked. */
	STORED,
	/** Unlocked for a collection, waiting for the door to open and close. */
	COLLECTING,
	/** Sensors or lock misbehaved; locked, until an officer clears it. */
	FAULT,
	/** Taken out of use by an admin. */
	OUT_OF_SERVICE

}
