package org.cloakroom.kiosk.security;

import org.cloakroom.kiosk.Refusal;

/**
 * The security module refuses a request: a PIN or badge id of the wrong shape, or PIN
 * entry locked. Its words are {@code refusal.<code>} in
 * {@code messages/security.properties}.
 */
public class SecurityRefusal extends Refusal {

	SecurityRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

}
