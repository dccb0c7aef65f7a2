package org.cloakroom.kiosk.fleet.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 central keeps of a secret (a join code, a fleet token's secret). */
final class Sha256 {

	private Sha256() {
	}

	static byte[] of(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** Lower-case hex, as stored. */
	static String hex(String text) {
		return HexFormat.of().formatHex(of(text));
	}

	/**
	 * Whether the secret's SHA-256 is the stored one, in constant time: both sides are
	 * digests of the same length, whatever was presented.
	 */
	static boolean matches(String storedHex, String secret) {
		byte[] stored = (storedHex != null) ? HexFormat.of().parseHex(storedHex.strip()) : new byte[32];
		return MessageDigest.isEqual(stored, of(secret)) && storedHex != null;
	}

}
