package org.cloakroom.kiosk.enrolment;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an identity key that is missing, malformed or not the one that sealed the
 * stored IRKs as its one sentence, which already says what to do, instead of a stack
 * trace through the bean that found it.
 */
class IdentityKeyAnalyzer extends AbstractFailureAnalyzer<IdentityKeyRefusal> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IdentityKeyRefusal cause) {
		return new FailureAnalysis(cause.getMessage(), null, cause);
	}

}
