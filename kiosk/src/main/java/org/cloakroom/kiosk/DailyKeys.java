package org.cloakroom.kiosk;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for what the kiosk meets but must not keep in clear (the address of a phone that
 * is not enrolled, the number of a card no employee has): HMAC-SHA256 of the value under
 * a random key that exists only in this process's memory and is replaced at the start of
 * every UTC day. A key correlates sightings within a day (the same card tried twice in a
 * shift) but cannot link them across days, nor across a restart. A day matches how
 * officers review alerts; a shorter period would split one visit, a longer one would let
 * the log follow a stranger for longer than it needs to.
 */
public final class DailyKeys {

	private static final long SECONDS_PER_DAY = 86_400;

	private final String keying;

	private final Supplier<byte[]> newKey;

	private Mac mac;

	private long day = Long.MIN_VALUE;

	/**
	 * @param keying what the keys are of, for the one failure there can be ("unknown
	 * badges")
	 */
	public DailyKeys(String keying) {
		this(keying, DailyKeys::randomKey);
	}

	public DailyKeys(String keying, Supplier<byte[]> newKey) {
		this.keying = keying;
		this.newKey = newKey;
	}

	/** 32 hex digits (128 bits) of the HMAC under the key of {@code now}'s UTC day. */
	public synchronized String keyOf(byte[] value, Instant now) {
		long today = dayOf(now);
		if (today != this.day || this.mac == null) {
			this.mac = hmac(this.newKey.get());
			this.day = today;
		}
		byte[] digest = this.mac.doFinal(value);
		return HexFormat.of().formatHex(digest, 0, 16);
	}

	/** The UTC day of {@code now}: keys handed out on different days never match. */
	public static long dayOf(Instant now) {
		return Math.floorDiv(now.getEpochSecond(), SECONDS_PER_DAY);
	}

	private Mac hmac(byte[] key) {
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(key, "HmacSHA256"));
			return hmac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available to key " + this.keying, ex);
		}
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
