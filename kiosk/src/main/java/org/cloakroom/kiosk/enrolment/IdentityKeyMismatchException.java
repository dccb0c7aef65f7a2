package org.cloakroom.kiosk.enrolment;

/**
 * {@code cloakroom.enrolment.identity-key} is not the key that sealed the stored IRKs;
 * start-up stops with {@link #SENTENCE} (see {@link IdentityKeyAnalyzer}).
 */
class IdentityKeyMismatchException extends IdentityKeyRefusal {

	static final String SENTENCE = IdentityCipher.PROPERTY
			+ " is not the key that sealed this database's IRKs: start with that key again, or, if it is lost, "
			+ "clear the stored IRKs as README.md's enrolment section says and pair the phones again";

	IdentityKeyMismatchException() {
		super(SENTENCE);
	}

}
