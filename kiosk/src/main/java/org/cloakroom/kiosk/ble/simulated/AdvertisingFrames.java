package org.cloakroom.kiosk.ble.simulated;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Locale;

import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;

/**
 * Raw advertising data as real devices send it (AD structures: length, type, data).
 */
final class AdvertisingFrames {

	/** LE General Discoverable, BR/EDR not supported. */
	private static final byte[] FLAGS = { 0x02, 0x01, 0x06 };

	private AdvertisingFrames() {
	}

	/** Apple iBeacon: manufacturer data 0x004C, type 0x02, length 0x15. */
	static byte[] iBeacon(IBeaconIdentity beacon, int measuredPower) {
		return ByteBuffer.allocate(30)
			.put(FLAGS)
			.put(new byte[] { 0x1A, (byte) 0xFF, 0x4C, 0x00, 0x02, 0x15 })
			.putLong(beacon.uuid().getMostSignificantBits())
			.putLong(beacon.uuid().getLeastSignificantBits())
			.putShort((short) beacon.major())
			.putShort((short) beacon.minor())
			.put((byte) measuredPower)
			.array();
	}

	/**
	 * Eddystone-UID: service 0xFEAA listed, then its service data with frame type 0x00.
	 */
	static byte[] eddystoneUid(EddystoneUidIdentity uid, int rangingPower) {
		HexFormat hex = HexFormat.of();
		return ByteBuffer.allocate(31)
			.put(FLAGS)
			.put(new byte[] { 0x03, 0x03, (byte) 0xAA, (byte) 0xFE, 0x17, 0x16, (byte) 0xAA, (byte) 0xFE, 0x00 })
			.put((byte) rangingPower)
			.put(hex.parseHex(uid.namespace()))
			.put(hex.parseHex(uid.instance()))
			.put(new byte[] { 0x00, 0x00 })
			.array();
	}

	/**
	 * What an idle phone of {@code model} sends: Apple Nearby Info, or Google Nearby
	 * service data (0xFEF3, as Quick Share sends).
	 */
	static byte[] phone(String model, int tag) {
		ByteBuffer frame = ByteBuffer.allocate(14).put(FLAGS);
		if (isIPhone(model)) {
			// Continuity Nearby Info (type 0x10, 5 bytes): status, flags, 3-byte auth tag
			frame.put(new byte[] { 0x0A, (byte) 0xFF, 0x4C, 0x00, 0x10, 0x05, 0x1B, (byte) 0x98 });
		}
		else {
			// Google Nearby service data (0xFEF3) with a 3-byte tag
			frame.put(new byte[] { 0x06, 0x16, (byte) 0xF3, (byte) 0xFE });
		}
		frame.put((byte) (tag >>> 16)).put((byte) (tag >>> 8)).put((byte) tag);
		byte[] bytes = new byte[frame.position()];
		frame.flip().get(bytes);
		return bytes;
	}

	static boolean isIPhone(String model) {
		return model != null && model.toLowerCase(Locale.ROOT).contains("iphone");
	}

}
