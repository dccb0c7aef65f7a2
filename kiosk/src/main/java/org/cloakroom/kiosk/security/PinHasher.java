package org.cloakroom.kiosk.security;

import java.util.regex.Pattern;

import org.cloakroom.kiosk.Refusal;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes PINs for storage (a slow, salted hash: BCrypt with
 * {@code cloakroom.security.pin.hash-strength}) and checks a PIN against a stored hash. A
 * PIN is 4 to 8 digits (0-9). Messages never contain the PIN.
 */
@Component
public class PinHasher {

	private static final Pattern PIN = Pattern.compile("[0-9]{4,8}");

	private final BCryptPasswordEncoder encoder;

	PinHasher(SecurityProperties properties) {
		this.encoder = new BCryptPasswordEncoder(properties.pin().hashStrength());
	}

	/**
	 * @throws SecurityRefusal naming the rule when the PIN is not 4 to 8 digits
	 */
	public String hash(String pin) {
		if (!isWellFormed(pin)) {
			throw new SecurityRefusal(Refusal.Kind.INVALID, "pin-invalid");
		}
		return this.encoder.encode(pin);
	}

	/**
	 * Whether the PIN matches the stored hash; a PIN that breaks the rule matches
	 * nothing. Throws {@link IllegalArgumentException} when there is no stored hash.
	 */
	public boolean matches(String pin, String storedHash) {
		if (storedHash == null || storedHash.isBlank()) {
			throw new IllegalArgumentException("No stored PIN hash to check the PIN against");
		}
		return isWellFormed(pin) && this.encoder.matches(pin, storedHash);
	}

	private static boolean isWellFormed(String pin) {
		return pin != null && PIN.matcher(pin).matches();
	}

}
