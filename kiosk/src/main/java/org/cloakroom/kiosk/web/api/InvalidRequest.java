package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.Refusal;

/**
 * A parameter or body the JSON API cannot take: a {@link Refusal} of kind {@code INVALID}
 * (400), in the words of {@code refusal.<code>} naming the field and the value.
 */
final class InvalidRequest extends Refusal {

	InvalidRequest(String code, Object... arguments) {
		super(Kind.INVALID, code, arguments);
	}

	/**
	 * A value of another module refused what the request carried: its constructor checks
	 * the field and says why, naming the field and the value.
	 */
	static InvalidRequest of(IllegalArgumentException refused) {
		return new InvalidRequest("request.bad-value", refused.getMessage());
	}

}
