package org.cloakroom.kiosk.badge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Card keys for badges no employee has: HMAC-SHA256 of the badge id under a random key
 * that exists only in this process's memory and is replaced at the start of every UTC
 * day, as {@code ble.identity.DeviceKeys} keys unenrolled phones. So the number of a card
 * that is not enrolled is never stored or logged in clear; a key shows the same card
 * tried several times in a day, but cannot follow it across days or a restart.
 */
final class CardKeys {

	private static final long SECONDS_PER_DAY = 86_400;

	private final Supplier<byte[]> newKey;

	private Mac mac;

	private long day = Long.MIN_VALUE;

	CardKeys() {
		this(CardKeys::randomKey);
	}

	CardKeys(Supplier<byte[]> newKey) {
		this.newKey = newKey;
	}

	/** 32 hex digits (128 bits) of the HMAC under the key of {@code now}'s UTC day. */
	synchronized String keyOf(String badgeId, Instant now) {
		long today = Math.floorDiv(now.getEpochSecond(), SECONDS_PER_DAY);
		if (today != this.day || this.mac == null) {
			this.mac = hmac(this.newKey.get());
			this.day = today;
		}
		byte[] digest = this.mac.doFinal(badgeId.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest, 0, 16);
	}

	private static Mac hmac(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available to key unknown badges", ex);
		}
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
