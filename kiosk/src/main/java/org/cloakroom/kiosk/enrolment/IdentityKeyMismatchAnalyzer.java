package org.cloakroom.kiosk.enrolment;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a wrong identity key as its one sentence, which already says what to do,
 * instead of a stack trace through the bean that found it.
 */
class IdentityKeyMismatchAnalyzer extends AbstractFailureAnalyzer<IdentityKeyMismatchException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IdentityKeyMismatchException cause) {
		return new FailureAnalysis(cause.getMessage(), null, cause);
	}

}
