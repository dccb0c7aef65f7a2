package org.cloakroom.kiosk.home;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports the kiosk home's refusals: one sentence each, and what fixes each. */
class KioskHomeRefusedAnalyzer extends AbstractFailureAnalyzer<KioskHomeRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, KioskHomeRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(),
				cause.reasons().stream().map(Reason::action).distinct().collect(Collectors.joining("\n")), cause);
	}

}
