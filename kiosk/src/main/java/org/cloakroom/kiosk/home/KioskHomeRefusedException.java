package org.cloakroom.kiosk.home;

import java.util.List;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.RefusedStart;

/**
 * Start-up refused in the kiosk home, with every reason found; reported by
 * {@link KioskHomeRefusedAnalyzer} as its sentences, never as a stack trace.
 */
class KioskHomeRefusedException extends IllegalStateException implements RefusedStart {

	private final List<Reason> reasons;

	KioskHomeRefusedException(List<Reason> reasons) {
		super(reasons.stream().map(Reason::sentence).collect(Collectors.joining("\n")));
		this.reasons = List.copyOf(reasons);
	}

	List<Reason> reasons() {
		return this.reasons;
	}

}
