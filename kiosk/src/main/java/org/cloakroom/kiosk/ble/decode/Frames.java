package org.cloakroom.kiosk.ble.decode;

import java.util.HexFormat;
import java.util.UUID;

/**
 * Frames inside manufacturer and service data: Apple Continuity messages (iBeacon among
 * them) and Eddystone-UID. Truncated frames count as malformed.
 */
final class Frames {

	static final int IBEACON_TYPE = 0x02;

	static final int IBEACON_LENGTH = 0x15;

	static final int EDDYSTONE_UID = 0x00;

	/**
	 * Frame type, ranging power, namespace and instance; the two RFU bytes may be cut.
	 */
	static final int EDDYSTONE_UID_MIN_LENGTH = 18;

	private Frames() {
	}

	/** Walks Apple's type-length-value messages after the company identifier. */
	static void continuity(byte[] payload, AdFieldsBuilder out) {
		int i = 0;
		while (i < payload.length) {
			if (i + 2 > payload.length) {
				out.malformed++;
				return;
			}
			int type = payload[i] & 0xFF;
			int length = payload[i + 1] & 0xFF;
			if (i + 2 + length > payload.length) {
				out.malformed++;
				return;
			}
			if (type < 64) {
				out.continuityTypes |= 1L << type;
			}
			if (type == IBEACON_TYPE) {
				iBeacon(payload, i + 2, length, out);
			}
			i += 2 + length;
		}
	}

	private static void iBeacon(byte[] bytes, int offset, int length, AdFieldsBuilder out) {
		if (length != IBEACON_LENGTH) {
			out.malformed++;
			return;
		}
		UUID uuid = new UUID(bigEndian(bytes, offset, 8), bigEndian(bytes, offset + 8, 8));
		int major = (int) bigEndian(bytes, offset + 16, 2);
		int minor = (int) bigEndian(bytes, offset + 18, 2);
		out.iBeacon = new IBeaconFrame(uuid, major, minor, bytes[offset + 20]);
	}

	static void eddystone(byte[] data, AdFieldsBuilder out) {
		if (data.length == 0) {
			out.malformed++;
			return;
		}
		if ((data[0] & 0xFF) != EDDYSTONE_UID) {
			return;
		}
		if (data.length < EDDYSTONE_UID_MIN_LENGTH) {
			out.malformed++;
			return;
		}
		HexFormat hex = HexFormat.of();
		out.eddystoneUid = new EddystoneUidFrame(data[1], hex.formatHex(data, 2, 12), hex.formatHex(data, 12, 18));
	}

	static long bigEndian(byte[] bytes, int offset, int length) {
		long value = 0;
		for (int i = 0; i < length; i++) {
			value = (value << 8) | (bytes[offset + i] & 0xFF);
		}
		return value;
	}

	static long littleEndian(byte[] bytes, int offset, int length) {
		long value = 0;
		for (int i = length - 1; i >= 0; i--) {
			value = (value << 8) | (bytes[offset + i] & 0xFF);
		}
		return value;
	}

}
