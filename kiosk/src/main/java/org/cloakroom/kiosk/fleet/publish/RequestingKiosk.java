package org.cloakroom.kiosk.fleet.publish;

import java.util.OptionalLong;

import org.springframework.security.core.Authentication;

/**
 * Which registered kiosk a request comes from, as the fleet security chain authenticated
 * it from its fleet token (that chain's beans answer it).
 */
public interface RequestingKiosk {

	/** The kiosk's id, or empty when the authentication is not a kiosk's. */
	OptionalLong of(Authentication authentication);

}
