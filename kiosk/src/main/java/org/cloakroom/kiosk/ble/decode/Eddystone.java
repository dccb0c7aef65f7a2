package org.cloakroom.kiosk.ble.decode;

import java.util.HexFormat;

/**
 * Eddystone frames in service data 0xFEAA (Google, Eddystone protocol specification): UID
 * (0x00), URL (0x10) and unencrypted TLM (0x20, version 0). Other frame types (EID,
 * encrypted TLM) are kept as service data and not decoded.
 */
final class Eddystone {

	static final int UID = 0x00;

	static final int URL = 0x10;

	static final int TLM = 0x20;

	/**
	 * Frame type, ranging power, namespace and instance; the two RFU bytes may be cut.
	 */
	static final int UID_MIN_LENGTH = 18;

	/** Frame type, tx power, scheme; then up to 17 encoded bytes. */
	static final int URL_MIN_LENGTH = 3;

	static final int URL_MAX_LENGTH = 20;

	static final int TLM_LENGTH = 14;

	private static final String[] SCHEMES = { "http://www.", "https://www.", "http://", "https://" };

	private static final String[] EXPANSIONS = { ".com/", ".org/", ".edu/", ".net/", ".info/", ".biz/", ".gov/", ".com",
			".org", ".edu", ".net", ".info", ".biz", ".gov" };

	private Eddystone() {
	}

	/** The frame in {@code data[from, from + length)}. */
	static void frame(byte[] data, int from, int length, AdFieldsBuilder out) {
		if (length == 0) {
			out.problem(Malformation.TRUNCATED, "Eddystone", from);
			return;
		}
		switch (data[from] & 0xFF) {
			case UID -> uid(data, from, length, out);
			case URL -> url(data, from, length, out);
			case TLM -> tlm(data, from, length, out);
			default -> {
				// EID and encrypted TLM need keys the kiosk does not have
			}
		}
	}

	private static void uid(byte[] data, int from, int length, AdFieldsBuilder out) {
		if (length < UID_MIN_LENGTH) {
			out.problem(Malformation.TRUNCATED, "Eddystone-UID", from);
			return;
		}
		HexFormat hex = HexFormat.of();
		out.eddystoneUid = new EddystoneUidFrame(data[from + 1], hex.formatHex(data, from + 2, from + 12),
				hex.formatHex(data, from + 12, from + 18));
	}

	private static void url(byte[] data, int from, int length, AdFieldsBuilder out) {
		int scheme = (length >= URL_MIN_LENGTH) ? data[from + 2] & 0xFF : -1;
		if (length < URL_MIN_LENGTH || length > URL_MAX_LENGTH || scheme >= SCHEMES.length) {
			out.problem(Malformation.TRUNCATED, "Eddystone-URL", from);
			return;
		}
		StringBuilder url = new StringBuilder(32).append(SCHEMES[scheme]);
		for (int i = from + 3; i < from + length; i++) {
			out.steps++;
			int code = data[i] & 0xFF;
			if (code < EXPANSIONS.length) {
				url.append(EXPANSIONS[code]);
			}
			else if (code > 0x20 && code < 0x7F) {
				url.append((char) code);
			}
			else {
				// reserved codes: shown escaped rather than dropped, so nothing is hidden
				url.append("%").append(HexFormat.of().withUpperCase().toHexDigits((byte) code));
			}
		}
		out.eddystoneUrl = new EddystoneUrlFrame(data[from + 1], url.toString());
	}

	private static void tlm(byte[] data, int from, int length, AdFieldsBuilder out) {
		if (length != TLM_LENGTH || data[from + 1] != 0) {
			// version 1 is the encrypted TLM: not a problem, just not readable here
			if (length < 2 || data[from + 1] == 0) {
				out.problem(Malformation.TRUNCATED, "Eddystone-TLM", from);
			}
			return;
		}
		int battery = (int) Endian.big(data, from + 2, 2);
		short fixed = (short) Endian.big(data, from + 4, 2);
		Double temperature = (fixed == Short.MIN_VALUE) ? null : fixed / 256.0;
		out.eddystoneTlm = new EddystoneTlmFrame(battery, temperature, Endian.big(data, from + 6, 4),
				Endian.big(data, from + 10, 4));
	}

}
