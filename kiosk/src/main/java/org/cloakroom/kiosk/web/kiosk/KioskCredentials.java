package org.cloakroom.kiosk.web.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The kiosk token and the screen pass derived from it, each compared in constant time:
 * both sides are hashed first, so neither the content nor the length of a wrong guess
 * changes how long the comparison takes. The screen pass (HMAC-SHA-256 of a fixed label
 * under the token) is what a paired screen's cookie holds: it is not the token, and it
 * changes when the token is rotated, which unpairs every screen.
 */
@Component
class KioskCredentials {

	private static final byte[] SCREEN_LABEL = "cloakroom-kiosk-screen-pass-v1".getBytes(StandardCharsets.US_ASCII);

	private final byte[] tokenDigest;

	private final String screenPass;

	private final byte[] screenPassDigest;

	KioskCredentials(KioskAccessProperties properties) {
		String token = properties.token();
		this.tokenDigest = (token != null) ? sha256(token) : null;
		this.screenPass = (token != null) ? screenPass(token) : null;
		this.screenPassDigest = (token != null) ? sha256(this.screenPass) : null;
	}

	boolean tokenConfigured() {
		return this.tokenDigest != null;
	}

	/** Whether {@code presented} is the kiosk token; false when none is configured. */
	boolean isToken(String presented) {
		return this.tokenDigest != null && presented != null
				&& MessageDigest.isEqual(this.tokenDigest, sha256(presented));
	}

	/** The value a paired screen's cookie holds; null when no token is configured. */
	String screenPass() {
		return this.screenPass;
	}

	boolean isScreenPass(String presented) {
		return this.screenPassDigest != null && presented != null
				&& MessageDigest.isEqual(this.screenPassDigest, sha256(presented));
	}

	private static String screenPass(String token) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(SCREEN_LABEL));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
