package org.cloakroom.kiosk.ble.identity;

/**
 * A bounded map from 48-bit addresses to values that allocates nothing on look-up or
 * insertion: two-way set-associative, the older entry of a full set giving way. A known
 * address costs one hash and at most two comparisons. Not thread-safe.
 */
final class AddressCache<V> {

	private final long[] keys;

	private final Object[] values;

	private final long[] used;

	private final int mask;

	private long tick;

	private int size;

	/** Room for {@code capacity} entries, rounded up to a power of two (at least 2). */
	AddressCache(int capacity) {
		int slots = Math.max(2, Integer.highestOneBit(Math.max(1, capacity - 1)) << 1);
		this.keys = new long[slots];
		this.values = new Object[slots];
		this.used = new long[slots];
		this.mask = slots - 1;
	}

	@SuppressWarnings("unchecked")
	V get(long address) {
		int slot = slotOf(address);
		if (this.values[slot] != null && this.keys[slot] == address) {
			this.used[slot] = ++this.tick;
			return (V) this.values[slot];
		}
		int other = slot ^ 1;
		if (this.values[other] != null && this.keys[other] == address) {
			this.used[other] = ++this.tick;
			return (V) this.values[other];
		}
		return null;
	}

	void put(long address, V value) {
		int slot = slotOf(address);
		int other = slot ^ 1;
		int target;
		if (this.values[slot] == null || this.keys[slot] == address) {
			target = slot;
		}
		else if (this.values[other] == null || this.keys[other] == address) {
			target = other;
		}
		else {
			target = (this.used[slot] <= this.used[other]) ? slot : other;
		}
		if (this.values[target] == null) {
			this.size++;
		}
		this.keys[target] = address;
		this.values[target] = value;
		this.used[target] = ++this.tick;
	}

	void clear() {
		java.util.Arrays.fill(this.values, null);
		this.size = 0;
	}

	int size() {
		return this.size;
	}

	int capacity() {
		return this.values.length;
	}

	private int slotOf(long address) {
		long mixed = address * 0x9E37_79B9_7F4A_7C15L;
		return (int) (mixed >>> 40) & this.mask;
	}

}
