package org.cloakroom.kiosk.enrolment;

/**
 * The identity key is missing or not 32 bytes in base64: the kiosk cannot seal or read a
 * stored IRK, so it does not start.
 */
class IdentityKeyUnusableException extends IdentityKeyRefusal {

	/** What to do, after the sentence that says what is wrong. */
	static final String HOW = ": it must be 32 random bytes in base64 (for example the output of "
			+ "`openssl rand -base64 32`), given as CLOAKROOM_ENROLMENT_IDENTITY_KEY (on a kiosk, in "
			+ "/etc/cloakroom/cloakroom.env); to try Cloakroom without one, start the simulation "
			+ "(--spring.profiles.active=simulation)";

	IdentityKeyUnusableException(String problem) {
		super(IdentityCipher.PROPERTY + " " + problem + HOW);
	}

}
