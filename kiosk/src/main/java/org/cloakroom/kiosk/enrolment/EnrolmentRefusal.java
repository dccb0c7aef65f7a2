package org.cloakroom.kiosk.enrolment;

import java.util.Arrays;

import org.cloakroom.kiosk.Refusal;

/**
 * Enrolment refuses a request: bad input (a blank name, a malformed badge id or IRK) or a
 * step the records do not allow. Its words are {@code refusal.<code>} in
 * {@code messages/enrolment.properties}.
 */
public class EnrolmentRefusal extends Refusal {

	EnrolmentRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, shown(arguments));
	}

	/** A missing value reads {@code null}, as it did in the words before bundles. */
	private static Object[] shown(Object... arguments) {
		return Arrays.stream(arguments).map((argument) -> (argument != null) ? argument : "null").toArray();
	}

	static EnrolmentRefusal invalid(String code, Object... arguments) {
		return new EnrolmentRefusal(Kind.INVALID, code, arguments);
	}

}
