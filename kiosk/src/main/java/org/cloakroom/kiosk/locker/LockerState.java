package org.cloakroom.kiosk.locker;

/** Where a locker is in its cycle. */
public enum LockerState {

	/** Empty and locked, ready for a reservation. */
	FREE,
	/** Unlocked for a deposit, waiting for the door to open and close. */
	RESERVED,
	/** A phone is inside and the locker is locked. */
	OCCUPIED,
	/** Unlocked for a collection, waiting for the door to open and close. */
	RELEASING,
	/** Sensors or lock misbehaved; locked, needs an admin. */
	FAULT,
	/** Taken out of use by an admin. */
	OUT_OF_SERVICE

}
