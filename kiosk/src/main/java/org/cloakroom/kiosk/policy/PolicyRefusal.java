package org.cloakroom.kiosk.policy;

import java.util.Arrays;

import org.cloakroom.kiosk.Refusal;

/**
 * The policy module refuses a request: a bad exemption or catalogue change, or a step the
 * exemption's or entry's state does not allow. Its words are {@code refusal.<code>} in
 * {@code messages/policy.properties}.
 */
public class PolicyRefusal extends Refusal {

	PolicyRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, shown(arguments));
	}

	/** A missing value reads {@code null}, as it did in the words before bundles. */
	private static Object[] shown(Object... arguments) {
		return Arrays.stream(arguments).map((argument) -> (argument != null) ? argument : "null").toArray();
	}

	static PolicyRefusal invalid(String code, Object... arguments) {
		return new PolicyRefusal(Kind.INVALID, code, arguments);
	}

	static PolicyRefusal conflict(String code, Object... arguments) {
		return new PolicyRefusal(Kind.CONFLICT, code, arguments);
	}

}
