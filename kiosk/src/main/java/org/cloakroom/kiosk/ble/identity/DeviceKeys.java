package org.cloakroom.kiosk.ble.identity;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.cloakroom.kiosk.ble.BleAddress;

/**
 * Keys for devices that are not enrolled: HMAC-SHA256 of the address under a random key
 * that exists only in this process's memory and is replaced at the start of every UTC
 * day. So the address of a person who is not enrolled is never stored or logged in clear,
 * and a key correlates sightings within a day (the same phone at the door twice in a
 * shift, a day's count) but cannot link that person's visits across days, nor across a
 * restart. A day matches how officers review alerts; a shorter period would split one
 * visit, a longer one would let the log follow a stranger for longer than it needs to.
 */
final class DeviceKeys {

	private static final long SECONDS_PER_DAY = 86_400;

	private final Supplier<byte[]> newKey;

	private Mac mac;

	private long day = Long.MIN_VALUE;

	DeviceKeys() {
		this(DeviceKeys::randomKey);
	}

	DeviceKeys(Supplier<byte[]> newKey) {
		this.newKey = newKey;
	}

	/** 32 hex digits (128 bits) of the HMAC under the key of {@code now}'s day. */
	synchronized String keyOf(BleAddress address, Instant now) {
		long today = dayOf(now);
		if (today != this.day || this.mac == null) {
			this.mac = hmac(this.newKey.get());
			this.day = today;
		}
		byte[] digest = this.mac.doFinal(address.toBytes());
		return HexFormat.of().formatHex(digest, 0, 16);
	}

	/** The UTC day of {@code now}: keys handed out on different days never match. */
	static long dayOf(Instant now) {
		return Math.floorDiv(now.getEpochSecond(), SECONDS_PER_DAY);
	}

	private static Mac hmac(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available to key unenrolled BLE devices", ex);
		}
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
