package org.cloakroom.kiosk.ble.trace;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The trace format: one JSON object per line, e.g.
 *
 * <pre>
 * {"time":"2026-11-22T09:00:00.125Z","adapter":"hci0","address":"5A:11:22:33:44:55",
 *  "addressType":"random","rssi":-67,"txPower":-8,"manufacturerData":{"004c":"10051b98"},
 *  "serviceData":{"0000fe2c-0000-1000-8000-00805f9b34fb":"a1b2c3"},"serviceUuids":[],
 *  "raw":"0201060aff4c0010051b98","label":{"scenario":"arrival","device":"p1",
 *  "distanceM":0.8,"zone":"AT_DOOR"}}
 * </pre>
 *
 * Bytes are lower-case hex; manufacturer data is keyed by the 16-bit company identifier
 * in hex; {@code txPower}, {@code raw} and {@code label} are left out when unknown.
 * {@code rssi} may be decimal (as some scanners and data sets write it): it is rounded to
 * the nearest dBm, halves upwards ({@code -67.4} is -67, {@code -67.5} is -67).
 * {@code label} is ground truth for generated traces, which replay ignores.
 */
public final class TraceFormat {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HexFormat HEX = HexFormat.of();

	private TraceFormat() {
	}

	public static String write(Advertisement ad, TraceLabel label) {
		ObjectNode line = JSON.createObjectNode();
		line.put("time", ad.time().toString());
		line.put("adapter", ad.adapter());
		line.put("address", ad.address().toString());
		line.put("addressType", ad.addressType().name().toLowerCase(Locale.ROOT));
		line.put("rssi", ad.rssi());
		if (ad.txPower() != null) {
			line.put("txPower", ad.txPower().intValue());
		}
		ObjectNode manufacturer = line.putObject("manufacturerData");
		ad.manufacturerDataShared()
			.forEach((company, data) -> manufacturer.put(String.format("%04x", company), HEX.formatHex(data)));
		ObjectNode service = line.putObject("serviceData");
		ad.serviceDataShared().forEach((uuid, data) -> service.put(uuid.toString(), HEX.formatHex(data)));
		ad.serviceUuids().forEach((uuid) -> line.withArray("serviceUuids").add(uuid.toString()));
		if (ad.rawAdShared() != null) {
			line.put("raw", HEX.formatHex(ad.rawAdShared()));
		}
		if (label != null) {
			ObjectNode truth = line.putObject("label");
			truth.put("scenario", label.scenario());
			truth.put("device", label.device());
			truth.put("distanceM", Math.round(label.distanceM() * 100) / 100.0);
			truth.put("zone", label.zone().name());
		}
		return JSON.writeValueAsString(line);
	}

	/**
	 * Parses one line.
	 * @throws IllegalArgumentException naming the field that is missing or wrong
	 */
	public static TraceEntry read(String text) {
		JsonNode line;
		try {
			line = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not JSON: " + ex.getOriginalMessage());
		}
		if (line == null || !line.isObject()) {
			throw new IllegalArgumentException("not a JSON object");
		}
		Advertisement ad = new Advertisement(time(line), text(line, "adapter"), address(line), addressType(line),
				rssi(line), optionalInteger(line, "txPower"), manufacturerData(line), serviceData(line),
				serviceUuids(line), optionalHex(line, "raw"));
		return new TraceEntry(ad, label(line.get("label")));
	}

	private static Instant time(JsonNode line) {
		String time = text(line, "time");
		try {
			return Instant.parse(time);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("time is not an ISO-8601 instant: '" + time + "'");
		}
	}

	private static BleAddress address(JsonNode line) {
		String address = text(line, "address");
		try {
			return BleAddress.parse(address);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("address is not AA:BB:CC:DD:EE:FF: '" + address + "'");
		}
	}

	private static AddressType addressType(JsonNode line) {
		String type = text(line, "addressType");
		return switch (type.toLowerCase(Locale.ROOT)) {
			case "public" -> AddressType.PUBLIC;
			case "random" -> AddressType.RANDOM;
			default -> throw new IllegalArgumentException("addressType must be public or random, got '" + type + "'");
		};
	}

	private static Map<Integer, byte[]> manufacturerData(JsonNode line) {
		Map<Integer, byte[]> data = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : object(line, "manufacturerData").properties()) {
			int company = parseCompany(entry.getKey());
			data.put(company, hex("manufacturerData." + entry.getKey(), entry.getValue()));
		}
		return data;
	}

	private static int parseCompany(String key) {
		try {
			int company = Integer.parseInt(key, 16);
			if (company >= 0 && company <= 0xFFFF && key.length() <= 4) {
				return company;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(
				"manufacturerData key must be a 16-bit company id in hex, got '" + key + "'");
	}

	private static Map<UUID, byte[]> serviceData(JsonNode line) {
		Map<UUID, byte[]> data = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : object(line, "serviceData").properties()) {
			data.put(uuid("serviceData key", entry.getKey()), hex("serviceData." + entry.getKey(), entry.getValue()));
		}
		return data;
	}

	private static List<UUID> serviceUuids(JsonNode line) {
		JsonNode uuids = line.get("serviceUuids");
		List<UUID> list = new ArrayList<>();
		if (uuids == null || uuids.isNull()) {
			return list;
		}
		if (!uuids.isArray()) {
			throw new IllegalArgumentException("serviceUuids must be an array");
		}
		for (JsonNode uuid : uuids) {
			list.add(uuid("serviceUuids entry", uuid.isString() ? uuid.asString() : uuid.toString()));
		}
		return list;
	}

	private static UUID uuid(String what, String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(what + " is not a UUID: '" + text + "'");
		}
	}

	private static TraceLabel label(JsonNode label) {
		if (label == null || !label.isObject()) {
			return null;
		}
		try {
			return new TraceLabel(label.path("scenario").asString(""), label.path("device").asString(""),
					label.path("distanceM").asDouble(), Zone.valueOf(label.path("zone").asString("AWAY")));
		}
		catch (IllegalArgumentException ex) {
			return null; // ground truth is for evaluation only: replay ignores it
		}
	}

	private static JsonNode object(JsonNode line, String field) {
		JsonNode node = line.get(field);
		if (node == null || node.isNull()) {
			return JSON.createObjectNode();
		}
		if (!node.isObject()) {
			throw new IllegalArgumentException(field + " must be an object");
		}
		return node;
	}

	private static String text(JsonNode line, String field) {
		JsonNode node = line.get(field);
		if (node == null || !node.isString()) {
			throw new IllegalArgumentException(field + " is missing or not a string");
		}
		return node.asString();
	}

	private static int integer(JsonNode line, String field) {
		JsonNode node = line.get(field);
		if (node == null || !node.isInt()) {
			throw new IllegalArgumentException(field + " is missing or not an integer");
		}
		return node.intValue();
	}

	/** Whole or decimal dBm, rounded; a value no radio reports is refused with it. */
	private static int rssi(JsonNode line) {
		JsonNode node = line.get("rssi");
		if (node == null || !node.isNumber()) {
			throw new IllegalArgumentException("rssi is missing or not a number");
		}
		double dbm = node.doubleValue();
		if (!Double.isFinite(dbm) || dbm < -200 || dbm > 50) {
			throw new IllegalArgumentException("rssi must be between -200 and 50 dBm, got " + node);
		}
		return (int) Math.round(dbm);
	}

	private static Integer optionalInteger(JsonNode line, String field) {
		JsonNode node = line.get(field);
		return (node == null || node.isNull()) ? null : integer(line, field);
	}

	private static byte[] optionalHex(JsonNode line, String field) {
		JsonNode node = line.get(field);
		return (node == null || node.isNull()) ? null : hex(field, node);
	}

	private static byte[] hex(String field, JsonNode node) {
		if (!node.isString()) {
			throw new IllegalArgumentException(field + " must be a hex string");
		}
		try {
			return HEX.parseHex(node.asString());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(field + " is not hex: '" + node.asString() + "'");
		}
	}

}
