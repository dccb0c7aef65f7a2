package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.Refusal;

/**
 * Enrolment refuses a request: bad input (a blank name, a malformed badge id or IRK) or a
 * step the records do not allow. Its words are {@code refusal.<code>} in
 * {@code messages/enrolment.properties}.
 */
public class EnrolmentRefusal extends Refusal {

	EnrolmentRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

	static EnrolmentRefusal invalid(String code, Object... arguments) {
		return new EnrolmentRefusal(Kind.INVALID, code, arguments);
	}

}
