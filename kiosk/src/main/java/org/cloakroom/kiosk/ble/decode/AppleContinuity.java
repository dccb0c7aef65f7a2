package org.cloakroom.kiosk.ble.decode;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Apple's manufacturer data (company 0x004C): a list of Continuity messages, each a type
 * byte, a length byte and that many bytes. iBeacon is type 0x02 with length 0x15: a
 * big-endian proximity UUID, major, minor and the measured power at 1 m (Apple, Proximity
 * Beacon Specification, "Beacon Advertising Packet"). The one exception is iOS's
 * background overflow area, type 0x01 followed by a 16-byte bitmap with no length byte
 * (an app advertising its services in the background: David Young, "Hacking the overflow
 * area", 2020). What each message says about its sender is gathered in
 * {@link AppleSigns}.
 */
final class AppleContinuity {

	static final int IBEACON = 0x02;

	static final int IBEACON_LENGTH = 0x15;

	private AppleContinuity() {
	}

	/**
	 * Walks the messages of {@code payload[from, from + length)}; sets a type bit for
	 * each and decodes iBeacon. Each step moves at least two bytes, so the walk ends.
	 */
	static void walk(byte[] payload, int from, int length, AdFieldsBuilder out) {
		int end = from + length;
		int i = from;
		while (i < end) {
			out.steps++;
			if (i + 2 > end) {
				out.problem(Malformation.TRUNCATED, "Apple Continuity", i);
				return;
			}
			int type = payload[i] & 0xFF;
			if (type == ContinuityTables.OVERFLOW_AREA) {
				if (i + 1 + ContinuityTables.OVERFLOW_AREA_BYTES > end) {
					out.problem(Malformation.TRUNCATED, "Apple overflow area", i);
					return;
				}
				out.continuityTypes |= 1L << type;
				out.appleSigns |= AppleSigns.of(type, payload, i + 1, ContinuityTables.OVERFLOW_AREA_BYTES);
				i += 1 + ContinuityTables.OVERFLOW_AREA_BYTES;
				continue;
			}
			int size = payload[i + 1] & 0xFF;
			if (i + 2 + size > end) {
				out.problem(Malformation.OVERRUN, "Apple Continuity type 0x" + Integer.toHexString(type), i);
				return;
			}
			if (type < 64) {
				out.continuityTypes |= 1L << type;
			}
			out.appleSigns |= AppleSigns.of(type, payload, i + 2, size);
			if (type == IBEACON) {
				iBeacon(payload, i + 2, size, out);
			}
			i += 2 + size;
		}
	}

	/**
	 * The messages again, for display; {@code payload} was walked without error before.
	 */
	static List<ContinuityMessage> messages(byte[] payload) {
		List<ContinuityMessage> messages = new ArrayList<>(2);
		HexFormat hex = HexFormat.of();
		int i = 0;
		while (i + 2 <= payload.length) {
			int type = payload[i] & 0xFF;
			boolean overflow = type == ContinuityTables.OVERFLOW_AREA;
			int start = overflow ? i + 1 : i + 2;
			int size = overflow ? Math.min(ContinuityTables.OVERFLOW_AREA_BYTES, payload.length - start)
					: Math.min(payload[i + 1] & 0xFF, payload.length - start);
			messages.add(new ContinuityMessage(type, ContinuityMessage.nameOf(type),
					hex.formatHex(payload, start, start + size), ContinuityFields.of(type, payload, start, size)));
			i = start + size;
		}
		return messages;
	}

	private static void iBeacon(byte[] bytes, int offset, int length, AdFieldsBuilder out) {
		if (length != IBEACON_LENGTH) {
			out.problem(Malformation.TRUNCATED, "iBeacon", offset - 2);
			return;
		}
		UUID uuid = new UUID(Endian.big(bytes, offset, 8), Endian.big(bytes, offset + 8, 8));
		int major = (int) Endian.big(bytes, offset + 16, 2);
		int minor = (int) Endian.big(bytes, offset + 18, 2);
		out.iBeacon = new IBeaconFrame(uuid, major, minor, bytes[offset + 20]);
	}

}
