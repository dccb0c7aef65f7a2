package org.cloakroom.kiosk.web.kiosk;

import org.cloakroom.kiosk.Refusal;

/**
 * A request to drive the kiosk from somewhere that is not the kiosk: no kiosk token, a
 * wrong one, or a signed-in console user (an officer's browser is not the kiosk). Words
 * are {@code refusal.<code>} in {@code messages/messages.properties}.
 */
final class KioskRefusal extends Refusal {

	private KioskRefusal(Kind kind, String code) {
		super(kind, code);
	}

	/** Neither the kiosk itself nor a holder of the kiosk token: 401. */
	static KioskRefusal tokenRequired() {
		return new KioskRefusal(Kind.UNAUTHENTICATED, "kiosk-token-required");
	}

	/** A kiosk token that is not the kiosk's (never echoed): 401. */
	static KioskRefusal wrongToken() {
		return new KioskRefusal(Kind.UNAUTHENTICATED, "kiosk-token-wrong");
	}

	/** Signed in as a console user, but the kiosk is driven only by the kiosk: 403. */
	static KioskRefusal kioskOnly() {
		return new KioskRefusal(Kind.NOT_ALLOWED, "kiosk-only");
	}

	boolean isWrongToken() {
		return "kiosk-token-wrong".equals(code());
	}

}
