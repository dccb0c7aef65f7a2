package org.cloakroom.kiosk.web.kiosk;

/**
 * The {@code WWW-Authenticate} challenge of a request refused for want of the kiosk token
 * (RFC 6750): protocol for a client, not words for a person.
 */
final class BearerChallenge {

	private static final String CHALLENGE = "Bearer realm=\"Cloakroom kiosk\"";

	private BearerChallenge() {
	}

	/**
	 * The challenge; for a token that was presented and is wrong, {@code invalid_token}.
	 */
	static String of(boolean wrongToken) {
		return wrongToken ? CHALLENGE + ", error=\"invalid_token\"" : CHALLENGE;
	}

}
