package org.cloakroom.kiosk.fleet.ingest;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A join code: 12 characters from 32 without look-alikes (no 0 or O, no 1 or I), in
 * groups of four, {@code ABCD-EFGH-JKLM}: 60 random bits, typed once at the kiosk within
 * 24 hours. Central keeps the SHA-256 of its 12 characters.
 */
final class JoinCode {

	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 12;

	private static final int GROUP = 4;

	private JoinCode() {
	}

	static String generate(SecureRandom random) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % GROUP == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code's 12 characters as typed, in any case, with or without dashes and spaces;
	 * empty if it cannot be a join code.
	 */
	static Optional<String> characters(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String bare = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
		if (bare.length() != LENGTH || !bare.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(bare);
	}

	/** What central stores of the code. */
	static String digest(String characters) {
		return Sha256.hex(characters);
	}

}
