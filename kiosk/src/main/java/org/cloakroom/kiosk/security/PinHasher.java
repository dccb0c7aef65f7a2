package org.cloakroom.kiosk.security;

import org.springframework.stereotype.Component;

/**
 * Hashes PINs for storage (a slow, salted hash) and checks a PIN against a stored hash.
 */
@Component
public class PinHasher {

	/**
	 * Throws {@link IllegalArgumentException} naming the rule when the PIN is not 4 to 8
	 * digits.
	 */
	public String hash(String pin) {
		throw new UnsupportedOperationException("TODO security helper");
	}

	public boolean matches(String pin, String storedHash) {
		throw new UnsupportedOperationException("TODO security helper");
	}

}
