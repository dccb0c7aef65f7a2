package org.cloakroom.kiosk.ble.bluez;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;

/**
 * BlueZ property values as dbus-java hands them over, made plain. Lenient: a value of an
 * unexpected shape becomes empty or {@code null} rather than an exception, because one
 * odd device must not stop the others.
 */
final class BluezValues {

	private BluezValues() {
	}

	static Object unwrap(Object value) {
		return (value instanceof Variant<?> variant) ? variant.getValue() : value;
	}

	static Integer integer(Object value) {
		return (unwrap(value) instanceof Number number) ? number.intValue() : null;
	}

	static String string(Object value) {
		Object plain = unwrap(value);
		return (plain == null) ? null : plain.toString();
	}

	/** {@code a{qv}}: company identifier to bytes. */
	static Map<Integer, byte[]> manufacturerData(Object value) {
		Map<Integer, byte[]> out = new LinkedHashMap<>();
		if (unwrap(value) instanceof Map<?, ?> map) {
			map.forEach((key, bytes) -> {
				byte[] data = bytes(bytes);
				Integer company = (key instanceof UInt16 u) ? Integer.valueOf(u.intValue()) : integer(key);
				if (company != null && data != null) {
					out.put(company, data);
				}
			});
		}
		return out;
	}

	/** {@code a{sv}}: service UUID to bytes. */
	static Map<UUID, byte[]> serviceData(Object value) {
		Map<UUID, byte[]> out = new LinkedHashMap<>();
		if (unwrap(value) instanceof Map<?, ?> map) {
			map.forEach((key, bytes) -> {
				UUID uuid = uuid(string(key));
				byte[] data = bytes(bytes);
				if (uuid != null && data != null) {
					out.put(uuid, data);
				}
			});
		}
		return out;
	}

	/** {@code as}: service UUIDs. */
	static List<UUID> uuids(Object value) {
		List<UUID> out = new ArrayList<>();
		for (Object each : elements(unwrap(value))) {
			UUID uuid = uuid(string(each));
			if (uuid != null) {
				out.add(uuid);
			}
		}
		return out;
	}

	/** {@code as}: strings. */
	static List<String> strings(Object value) {
		List<String> out = new ArrayList<>();
		for (Object each : elements(unwrap(value))) {
			String text = string(each);
			if (text != null) {
				out.add(text);
			}
		}
		return out;
	}

	static byte[] bytes(Object value) {
		Object plain = unwrap(value);
		if (plain instanceof byte[] bytes) {
			return bytes;
		}
		if (plain instanceof List<?> || (plain != null && plain.getClass().isArray())) {
			List<Object> elements = elements(plain);
			byte[] out = new byte[elements.size()];
			for (int i = 0; i < out.length; i++) {
				if (!(elements.get(i) instanceof Number number)) {
					return null;
				}
				out[i] = number.byteValue();
			}
			return out;
		}
		return null;
	}

	private static List<Object> elements(Object value) {
		List<Object> out = new ArrayList<>();
		if (value instanceof Collection<?> collection) {
			out.addAll(collection);
		}
		else if (value != null && value.getClass().isArray()) {
			for (int i = 0; i < Array.getLength(value); i++) {
				out.add(Array.get(value, i));
			}
		}
		return out;
	}

	private static UUID uuid(String text) {
		try {
			return (text == null) ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
