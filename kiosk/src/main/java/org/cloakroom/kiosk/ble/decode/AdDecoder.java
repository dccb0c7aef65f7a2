package org.cloakroom.kiosk.ble.decode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cloakroom.kiosk.ble.transport.Advertisement;

/**
 * Decodes advertising data (Core Specification Supplement, part A) into {@link AdFields}.
 * Pure and total: a zero length followed by anything but zero padding, a length that runs
 * past the end, a structure too short for its type or a UUID list of the wrong size is
 * recorded as an {@link AdProblem} and skipped; nothing throws. Every loop moves forward
 * by at least one byte per step, so decoding ends within as many steps as there are
 * bytes.
 */
public final class AdDecoder {

	private static final int FLAGS = 0x01;

	private static final int UUID16_INCOMPLETE = 0x02;

	private static final int UUID16_COMPLETE = 0x03;

	private static final int UUID32_INCOMPLETE = 0x04;

	private static final int UUID32_COMPLETE = 0x05;

	private static final int UUID128_INCOMPLETE = 0x06;

	private static final int UUID128_COMPLETE = 0x07;

	private static final int NAME_SHORT = 0x08;

	private static final int NAME_COMPLETE = 0x09;

	private static final int TX_POWER = 0x0A;

	private static final int SERVICE_DATA16 = 0x16;

	private static final int SERVICE_DATA32 = 0x20;

	private static final int SERVICE_DATA128 = 0x21;

	private static final int MANUFACTURER = 0xFF;

	private AdDecoder() {
	}

	/** The raw AD bytes when the transport knew them, else the maps it handed over. */
	public static AdFields decode(Advertisement advertisement) {
		byte[] raw = advertisement.rawAdShared();
		if (raw != null) {
			return decode(raw);
		}
		return fromMaps(advertisement.txPower(), advertisement.manufacturerDataShared(),
				advertisement.serviceDataShared(), advertisement.serviceUuids());
	}

	public static AdFields decode(byte[] raw) {
		return walk(raw).build();
	}

	/** The walk itself, for the tests that count its steps. */
	static AdFieldsBuilder walk(byte[] raw) {
		AdFieldsBuilder out = new AdFieldsBuilder(false);
		int i = 0;
		while (raw != null && i < raw.length) {
			out.steps++;
			int length = raw[i] & 0xFF;
			if (length == 0) {
				if (!zeroFrom(raw, i + 1)) {
					out.problem(Malformation.ZERO_LENGTH, "AD structure", i);
				}
				break;
			}
			if (i + 1 + length > raw.length) {
				String type = (i + 1 < raw.length) ? "AD type 0x" + Integer.toHexString(raw[i + 1] & 0xFF)
						: "AD structure";
				out.problem(Malformation.OVERRUN, type, i);
				break;
			}
			structure(raw[i + 1] & 0xFF, raw, i + 2, length - 1, out);
			i += 1 + length;
		}
		return out;
	}

	/** What a transport that parses for us (BlueZ D-Bus) hands over. */
	public static AdFields fromMaps(Integer txPower, Map<Integer, byte[]> manufacturerData,
			Map<UUID, byte[]> serviceData, List<UUID> serviceUuids) {
		AdFieldsBuilder out = new AdFieldsBuilder(true);
		out.txPower = txPower;
		if (manufacturerData != null) {
			manufacturerData.forEach((company, payload) -> out.manufacturer(company, payload, 0, payload.length));
		}
		if (serviceData != null) {
			serviceData.forEach((uuid, data) -> out.service(uuid, data, 0, data.length));
		}
		if (serviceUuids != null) {
			out.serviceUuids(serviceUuids);
		}
		return out.build();
	}

	/** One AD structure: its data is {@code raw[from, from + length)}. */
	private static void structure(int type, byte[] raw, int from, int length, AdFieldsBuilder out) {
		switch (type) {
			case FLAGS -> {
				if (length == 0) {
					out.problem(Malformation.TRUNCATED, "flags", from - 2);
				}
				else {
					out.flags = raw[from] & 0xFF;
				}
			}
			case UUID16_INCOMPLETE, UUID16_COMPLETE -> uuids(raw, from, length, 2, out);
			case UUID32_INCOMPLETE, UUID32_COMPLETE -> uuids(raw, from, length, 4, out);
			case UUID128_INCOMPLETE, UUID128_COMPLETE -> uuids(raw, from, length, 16, out);
			case NAME_SHORT, NAME_COMPLETE -> out.localName = new String(raw, from, length, StandardCharsets.UTF_8);
			case TX_POWER -> {
				if (length != 1) {
					out.problem(Malformation.TRUNCATED, "tx power", from - 2);
				}
				else {
					out.txPower = (int) raw[from];
				}
			}
			case SERVICE_DATA16 -> serviceData(raw, from, length, 2, out);
			case SERVICE_DATA32 -> serviceData(raw, from, length, 4, out);
			case SERVICE_DATA128 -> serviceData(raw, from, length, 16, out);
			case MANUFACTURER -> {
				if (length < 2) {
					out.problem(Malformation.TRUNCATED, "manufacturer data", from - 2);
				}
				else {
					out.manufacturer((int) Endian.little(raw, from, 2), raw, from + 2, length - 2);
				}
			}
			default -> {
				// other AD types carry nothing the kiosk uses
			}
		}
	}

	private static void uuids(byte[] raw, int from, int length, int size, AdFieldsBuilder out) {
		if (length % size != 0) {
			out.problem(Malformation.BAD_UUID_SIZE, (size * 8) + "-bit UUID list", from - 2);
			return;
		}
		for (int offset = from; offset < from + length; offset += size) {
			out.steps++;
			out.serviceUuid(uuid(raw, offset, size));
		}
	}

	private static void serviceData(byte[] raw, int from, int length, int size, AdFieldsBuilder out) {
		if (length < size) {
			out.problem(Malformation.TRUNCATED, (size * 8) + "-bit service data", from - 2);
			return;
		}
		out.service(uuid(raw, from, size), raw, from + size, length - size);
	}

	/** AD structures carry UUIDs little-endian. */
	private static UUID uuid(byte[] data, int offset, int size) {
		if (size == 16) {
			return new UUID(Endian.little(data, offset + 8, 8), Endian.little(data, offset, 8));
		}
		return BluetoothUuids.of32(Endian.little(data, offset, size));
	}

	private static boolean zeroFrom(byte[] raw, int from) {
		for (int i = from; i < raw.length; i++) {
			if (raw[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
