package org.cloakroom.kiosk.web.admin;

import java.security.SecureRandom;

import org.cloakroom.kiosk.security.SignInProperties;

import org.springframework.stereotype.Component;

/**
 * Temporary passwords the users page makes for a new console user or a password reset,
 * shown to the admin once and changed by the user at the next sign-in: random letters and
 * digits without the look-alikes (0 and O, 1, l and I), as long as the sign-in rules ask
 * and at least 16 (about 94 bits).
 */
@Component
class OneTimePasswords {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	/** BCrypt reads no further than 72 bytes. */
	private static final int LONGEST = 72;

	private final SecureRandom random = new SecureRandom();

	private final int length;

	OneTimePasswords(SignInProperties signIn) {
		this.length = Math.min(LONGEST, Math.max(16, signIn.minPasswordLength()));
	}

	String next() {
		StringBuilder password = new StringBuilder(this.length);
		for (int i = 0; i < this.length; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
