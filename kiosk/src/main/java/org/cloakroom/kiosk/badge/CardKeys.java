package org.cloakroom.kiosk.badge;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;

import org.cloakroom.kiosk.DailyKeys;

/**
 * Card keys for badges no employee has, as {@link DailyKeys} (the same keying as for
 * unenrolled phones): the number of a card that is not enrolled is never stored or logged
 * in clear; a key shows the same card tried several times in a day, but cannot follow it
 * across days or a restart.
 */
final class CardKeys {

	private final DailyKeys keys;

	CardKeys() {
		this.keys = new DailyKeys("unknown badges");
	}

	CardKeys(Supplier<byte[]> newKey) {
		this.keys = new DailyKeys("unknown badges", newKey);
	}

	/** 32 hex digits (128 bits) of the HMAC under the key of {@code now}'s UTC day. */
	String keyOf(String badgeId, Instant now) {
		return this.keys.keyOf(badgeId.getBytes(StandardCharsets.UTF_8), now);
	}

}
