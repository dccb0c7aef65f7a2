package org.cloakroom.kiosk.ble.identity;

/**
 * A map from {@code long} keys that does not box them: open addressing with linear
 * probing, kept at most half full. Built once per set of enrolled identities, then only
 * read. Not thread-safe.
 */
final class LongMap<V> {

	private long[] keys = new long[16];

	private Object[] values = new Object[16];

	private int size;

	@SuppressWarnings("unchecked")
	V get(long key) {
		int mask = this.keys.length - 1;
		for (int slot = slotOf(key, mask);; slot = (slot + 1) & mask) {
			Object value = this.values[slot];
			if (value == null || this.keys[slot] == key) {
				return (V) value;
			}
		}
	}

	void put(long key, V value) {
		if (value == null) {
			throw new IllegalArgumentException("LongMap holds no null values (key " + key + ")");
		}
		if (2 * (this.size + 1) > this.keys.length) {
			grow();
		}
		int mask = this.keys.length - 1;
		int slot = slotOf(key, mask);
		while (this.values[slot] != null && this.keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		if (this.values[slot] == null) {
			this.size++;
		}
		this.keys[slot] = key;
		this.values[slot] = value;
	}

	int size() {
		return this.size;
	}

	@SuppressWarnings("unchecked")
	private void grow() {
		long[] oldKeys = this.keys;
		Object[] oldValues = this.values;
		this.keys = new long[oldKeys.length * 2];
		this.values = new Object[oldValues.length * 2];
		this.size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldValues[i] != null) {
				put(oldKeys[i], (V) oldValues[i]);
			}
		}
	}

	private static int slotOf(long key, int mask) {
		return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> 40) & mask;
	}

}
