package org.cloakroom.kiosk.ble.proximity;

/**
 * The last {@value #CAPACITY} packets of an enrolled phone as heard, for presence at
 * badge and calibration samples: time, adapter number, identity and raw RSSI. A fixed
 * ring of primitives, so recording a packet allocates nothing; at 10 packets a second on
 * three adapters it covers the last 17 s, longer than any badge window.
 */
final class PacketHistory {

	static final int CAPACITY = 512;

	private final long[] times = new long[CAPACITY];

	private final int[] adapters = new int[CAPACITY];

	private final long[] identityIds = new long[CAPACITY];

	private final int[] rssis = new int[CAPACITY];

	private int next;

	private int count;

	void add(long timeMillis, int adapter, long identityId, int rssi) {
		this.times[this.next] = timeMillis;
		this.adapters[this.next] = adapter;
		this.identityIds[this.next] = identityId;
		this.rssis[this.next] = rssi;
		this.next = (this.next + 1) % CAPACITY;
		this.count = Math.min(CAPACITY, this.count + 1);
	}

	int size() {
		return this.count;
	}

	/** The {@code i}-th kept packet, oldest first: its slot for the getters. */
	int slot(int i) {
		return Math.floorMod(this.next - this.count + i, CAPACITY);
	}

	long time(int slot) {
		return this.times[slot];
	}

	int adapter(int slot) {
		return this.adapters[slot];
	}

	long identityId(int slot) {
		return this.identityIds[slot];
	}

	int rssi(int slot) {
		return this.rssis[slot];
	}

}
