package org.cloakroom.kiosk.ble.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/** A least-recently-used map that forgets its eldest entry past a fixed size. */
final class BoundedCache<K, V> extends LinkedHashMap<K, V> {

	private final int capacity;

	BoundedCache(int capacity) {
		super(capacity * 2, 0.75f, true);
		this.capacity = capacity;
	}

	@Override
	protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
		return size() > this.capacity;
	}

}
