package org.cloakroom.kiosk.policy;

import org.cloakroom.kiosk.Refusal;

/**
 * The policy module refuses a request: a bad exemption or catalogue change, or a step the
 * exemption's or entry's state does not allow. Its words are {@code refusal.<code>} in
 * {@code messages/policy.properties}.
 */
public class PolicyRefusal extends Refusal {

	PolicyRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

	static PolicyRefusal invalid(String code, Object... arguments) {
		return new PolicyRefusal(Kind.INVALID, code, arguments);
	}

	static PolicyRefusal conflict(String code, Object... arguments) {
		return new PolicyRefusal(Kind.CONFLICT, code, arguments);
	}

}
