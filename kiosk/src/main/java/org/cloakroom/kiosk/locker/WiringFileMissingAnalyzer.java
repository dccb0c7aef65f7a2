package org.cloakroom.kiosk.locker;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a missing wiring file as its one sentence instead of a stack trace. */
class WiringFileMissingAnalyzer extends AbstractFailureAnalyzer<WiringFileMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, WiringFileMissingException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
