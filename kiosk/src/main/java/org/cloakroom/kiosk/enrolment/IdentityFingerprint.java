package org.cloakroom.kiosk.enrolment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;

/**
 * A short fingerprint of an identity: the first 4 bytes of the SHA-256 of the IRK's key,
 * or of the identity's stored text, as {@code 3f2a:9c01}. Enough to tell two enrolled
 * identities apart on screen; far too little to give an IRK back.
 */
final class IdentityFingerprint {

	private IdentityFingerprint() {
	}

	static String of(BleIdentity identity) {
		byte[] bytes = (identity instanceof IdentityResolvingKey irk) ? irk.key()
				: IdentityText.format(identity).getBytes(StandardCharsets.UTF_8);
		try {
			String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
			return hex.substring(0, 4) + ":" + hex.substring(4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
