package org.cloakroom.kiosk.ble.transport;

import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Deep copies, equality and hex text for maps of byte arrays held by records. */
public final class Bytes {

	private Bytes() {
	}

	/** An unmodifiable deep copy that keeps the order; {@code null} becomes empty. */
	public static <K> Map<K, byte[]> copyOf(Map<K, byte[]> map) {
		if (map == null || map.isEmpty()) {
			return Map.of();
		}
		Map<K, byte[]> copy = new LinkedHashMap<>(map.size() * 2);
		map.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "map key"),
				Objects.requireNonNull(value, () -> "bytes for " + key).clone()));
		return Collections.unmodifiableMap(copy);
	}

	public static <K> boolean equal(Map<K, byte[]> a, Map<K, byte[]> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (Map.Entry<K, byte[]> entry : a.entrySet()) {
			if (!Arrays.equals(entry.getValue(), b.get(entry.getKey()))) {
				return false;
			}
		}
		return true;
	}

	public static <K> int hash(Map<K, byte[]> map) {
		int hash = 0;
		for (Map.Entry<K, byte[]> entry : map.entrySet()) {
			hash += entry.getKey().hashCode() ^ Arrays.hashCode(entry.getValue());
		}
		return hash;
	}

	public static <K> String toString(Map<K, byte[]> map) {
		return map.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + HexFormat.of().formatHex(entry.getValue()))
			.collect(Collectors.joining(", ", "{", "}"));
	}

}
