package org.cloakroom.kiosk.locker;

/** What began an emergency release. */
public enum EmergencyCause {

	/** The fire-alarm input went active. */
	FIRE_ALARM,
	/** An admin's emergency open, with a typed confirmation. */
	ADMIN

}
