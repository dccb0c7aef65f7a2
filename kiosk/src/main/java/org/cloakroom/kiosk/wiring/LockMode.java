package org.cloakroom.kiosk.wiring;

/** How a lock output opens its lock. */
public enum LockMode {

	/** The output is held at its active level for as long as the locker is unlocked. */
	HOLD,
	/**
	 * The output is driven active for {@code pulse-ms} and then back: a latching lock or
	 * a strike that must not stay energised.
	 */
	PULSE

}
