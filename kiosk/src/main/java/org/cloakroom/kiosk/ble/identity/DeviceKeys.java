package org.cloakroom.kiosk.ble.identity;

import java.time.Instant;
import java.util.function.Supplier;

import org.cloakroom.kiosk.DailyKeys;
import org.cloakroom.kiosk.ble.BleAddress;

/**
 * Keys for devices that are not enrolled, as {@link DailyKeys}: the address of a person
 * who is not enrolled is never stored or logged in clear, and a key correlates sightings
 * within a day (the same phone at the door twice in a shift, a day's count) but cannot
 * link that person's visits across days, nor across a restart.
 */
final class DeviceKeys {

	private final DailyKeys keys;

	DeviceKeys() {
		this.keys = new DailyKeys("unenrolled BLE devices");
	}

	DeviceKeys(Supplier<byte[]> newKey) {
		this.keys = new DailyKeys("unenrolled BLE devices", newKey);
	}

	/** 32 hex digits (128 bits) of the HMAC under the key of {@code now}'s day. */
	String keyOf(BleAddress address, Instant now) {
		return this.keys.keyOf(address.toBytes(), now);
	}

	/** The UTC day of {@code now}: keys handed out on different days never match. */
	static long dayOf(Instant now) {
		return DailyKeys.dayOf(now);
	}

}
