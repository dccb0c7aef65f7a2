package org.cloakroom.kiosk;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a refused owner's password as its one sentence, which already says what to
 * check, instead of a stack trace through the beans that opened the database.
 */
class OwnerPasswordRefusedAnalyzer extends AbstractFailureAnalyzer<OwnerPasswordRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, OwnerPasswordRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), null, cause);
	}

}
