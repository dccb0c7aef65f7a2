package org.cloakroom.kiosk.home;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Start-up refused in the kiosk home, with every reason found; reported by
 * {@link KioskHomeRefusedAnalyzer} as its sentences, never as a stack trace.
 */
class KioskHomeRefusedException extends IllegalStateException {

	private final List<Refusal> refusals;

	KioskHomeRefusedException(List<Refusal> refusals) {
		super(refusals.stream().map(Refusal::sentence).collect(Collectors.joining("\n")));
		this.refusals = List.copyOf(refusals);
	}

	List<Refusal> refusals() {
		return this.refusals;
	}

}
