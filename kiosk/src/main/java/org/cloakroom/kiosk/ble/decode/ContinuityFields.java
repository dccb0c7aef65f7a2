package org.cloakroom.kiosk.ble.decode;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one Continuity message, for people reading {@code ble decode}: the
 * layouts of furiousMAC's message pages and dissector (Nearby Info: status nibble, action
 * nibble, data flags, auth tag; Nearby Action: flags, type, auth tag, parameters;
 * Handoff: clipboard, sequence number, auth tag, encrypted data; Proximity Pairing:
 * prefix, model; AirPlay Target: flags, seed, IPv4; Hey Siri: hash, SNR, confidence,
 * device class; Magic Switch: data, wrist; Find My: status, key bytes) and the overflow
 * area's bitmap. Fields a message is too short for are left out.
 */
final class ContinuityFields {

	private static final HexFormat HEX = HexFormat.of();

	private ContinuityFields() {
	}

	static Map<String, Object> of(int type, byte[] data, int from, int length) {
		Map<String, Object> fields = new LinkedHashMap<>();
		switch (type) {
			case ContinuityTables.NEARBY_INFO -> nearbyInfo(data, from, length, fields);
			case ContinuityTables.NEARBY_ACTION -> nearbyAction(data, from, length, fields);
			case ContinuityTables.HANDOFF -> handoff(data, from, length, fields);
			case ContinuityTables.PROXIMITY_PAIRING -> proximityPairing(data, from, length, fields);
			case ContinuityTables.AIRPLAY_TARGET -> airPlayTarget(data, from, length, fields);
			case ContinuityTables.HEY_SIRI -> {
				if (length >= 6) {
					int deviceClass = (int) Endian.big(data, from + 4, 2);
					fields.put("deviceClass", named(deviceClass, ContinuityTables.SIRI_CLASSES));
				}
			}
			case ContinuityTables.MAGIC_SWITCH -> {
				if (length >= 3) {
					fields.put("wrist", String.format("0x%02x", data[from + 2] & 0xFF));
				}
			}
			case ContinuityTables.FIND_MY -> {
				if (length >= 1) {
					fields.put("status", String.format("0x%02x", data[from] & 0xFF));
				}
			}
			case ContinuityTables.OVERFLOW_AREA -> overflowArea(data, from, length, fields);
			default -> {
				// the data's hex is all there is to show
			}
		}
		return fields;
	}

	private static void nearbyInfo(byte[] data, int from, int length, Map<String, Object> fields) {
		if (length < 1) {
			return;
		}
		int status = (data[from] & 0xF0) >> 4;
		int action = data[from] & 0x0F;
		fields.put("actionCode", named(action, ContinuityTables.ACTION_CODES));
		fields.put("statusFlags", flags(status, ContinuityTables.STATUS_FLAGS));
		if (length >= 2) {
			fields.put("dataFlags", flags(data[from + 1] & 0xFF, ContinuityTables.DATA_FLAGS));
		}
		if (length > 2) {
			fields.put("authTag", HEX.formatHex(data, from + 2, from + length));
		}
	}

	private static void nearbyAction(byte[] data, int from, int length, Map<String, Object> fields) {
		if (length < 2) {
			return;
		}
		int action = data[from + 1] & 0xFF;
		fields.put("actionFlags", String.format("0x%02x", data[from] & 0xFF));
		fields.put("actionType", named(action, ContinuityTables.NEARBY_ACTION_TYPES));
		if (action == ContinuityTables.SETUP_IOS && length >= 6) {
			fields.put("deviceClass", named(data[from + 5] & 0xFF, ContinuityTables.SETUP_CLASSES));
		}
	}

	private static void handoff(byte[] data, int from, int length, Map<String, Object> fields) {
		if (length < 3) {
			return;
		}
		fields.put("clipboard", (data[from] & 0xFF) != 0);
		fields.put("sequenceNumber", (int) Endian.little(data, from + 1, 2));
	}

	private static void proximityPairing(byte[] data, int from, int length, Map<String, Object> fields) {
		if (length < 3) {
			return;
		}
		fields.put("prefix", String.format("0x%02x", data[from] & 0xFF));
		fields.put("deviceModel", named((int) Endian.big(data, from + 1, 2), ContinuityTables.PROXIMITY_MODELS));
	}

	private static void airPlayTarget(byte[] data, int from, int length, Map<String, Object> fields) {
		if (length < 6) {
			return;
		}
		fields.put("flags", String.format("0x%02x", data[from] & 0xFF));
		fields.put("ipv4", (data[from + 2] & 0xFF) + "." + (data[from + 3] & 0xFF) + "." + (data[from + 4] & 0xFF) + "."
				+ (data[from + 5] & 0xFF));
	}

	/** Each advertised service sets one of the 128 bits (David Young, 2020). */
	private static void overflowArea(byte[] data, int from, int length, Map<String, Object> fields) {
		int bits = 0;
		for (int i = from; i < from + length; i++) {
			bits += Integer.bitCount(data[i] & 0xFF);
		}
		fields.put("servicesHashed", bits);
	}

	/**
	 * {@code 0x0e20 (AirPods Pro)}, or the number alone when the tables do not know it.
	 */
	private static String named(int value, Map<Integer, String> names) {
		String hex = (value > 0xFF) ? String.format("0x%04x", value) : String.format("0x%02x", value);
		String name = names.get(value);
		return (name != null) ? hex + " (" + name + ")" : hex;
	}

	private static List<String> flags(int value, Map<Integer, String> names) {
		List<String> set = new ArrayList<>(4);
		for (int bit = 1; bit <= 0x80; bit <<= 1) {
			if ((value & bit) != 0) {
				set.add(names.getOrDefault(bit, String.format("0x%02x", bit)));
			}
		}
		return set;
	}

}
