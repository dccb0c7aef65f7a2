package org.cloakroom.kiosk.enrolment;

/**
 * Start-up refused over {@code cloakroom.enrolment.identity-key}: its message is one
 * sentence that says what to do, which {@link IdentityKeyAnalyzer} reports instead of a
 * stack trace through the bean that found it.
 */
abstract class IdentityKeyRefusal extends IllegalStateException {

	IdentityKeyRefusal(String sentence) {
		super(sentence);
	}

}
