package org.cloakroom.kiosk.policy;

/** What the area policy does about a phone at the door that is not enrolled. */
public enum UnenrolledPhoneAction {

	/** The employee at the door must store it. */
	REQUIRE_STORAGE,
	/** Let it pass but alert security. */
	ALERT,
	/** Neither. */
	IGNORE

}
