package org.cloakroom.kiosk.web.api;

import java.util.List;

import org.cloakroom.kiosk.policy.Decision;
import org.cloakroom.kiosk.policy.Reason;

/** A compliance decision as JSON: the verdict and every reason. */
record DecisionView(long phoneId, Decision.Verdict verdict, boolean mustStore, List<Reason> reasons) {

	static DecisionView of(long phoneId, Decision decision) {
		return new DecisionView(phoneId, decision.verdict(), decision.mustStore(), decision.reasons());
	}

}
