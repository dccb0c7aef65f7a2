package org.cloakroom.kiosk.ble.proximity;

import java.util.Arrays;

/**
 * The RSSI one adapter heard from one device over the last {@code window} milliseconds,
 * filtered by its median.
 * <p>
 * Why a windowed median: RSSI from phones on people is heavy-tailed (a body or a hand
 * takes 10–20 dB off single packets, reflections add a few), spreads 5–10 dB per packet
 * and differs 30 dB between models, so a filter with a noise model (a Kalman filter)
 * would need per-model tuning that nobody has. The median needs none, ignores up to half
 * the packets being outliers, and follows a real step (the phone reached the door) within
 * half a window, whereas a mean or an exponential filter smears it. Input outside what a
 * controller can report (HCI's 127 "unavailable", values above +20 or below −127 dBm) is
 * rejected before it enters.
 * <p>
 * A fixed ring of primitives: adding and filtering allocate nothing. If a device sends
 * faster than the ring holds, the median covers the newest {@code CAPACITY} packets.
 */
final class MedianWindow {

	static final int CAPACITY = 64;

	private final long[] times = new long[CAPACITY];

	private final int[] values = new int[CAPACITY];

	private final int[] scratch = new int[CAPACITY];

	private int oldest;

	private int count;

	/**
	 * The last median, valid while {@link #changed} is false: a track re-evaluates every
	 * adapter's window on each packet and each tick, but only one window moved.
	 */
	private double median = Double.NaN;

	private int medianMinSamples = -1;

	private boolean changed = true;

	static boolean plausible(int rssi) {
		return rssi >= -127 && rssi <= 20;
	}

	void add(long timeMillis, int rssi) {
		int slot = (this.oldest + this.count) % CAPACITY;
		if (this.count == CAPACITY) {
			this.oldest = (this.oldest + 1) % CAPACITY;
		}
		else {
			this.count++;
		}
		this.times[slot] = timeMillis;
		this.values[slot] = rssi;
		this.changed = true;
	}

	/** Forgets packets older than {@code cutoffMillis}. */
	void expire(long cutoffMillis) {
		while (this.count > 0 && this.times[this.oldest] < cutoffMillis) {
			this.oldest = (this.oldest + 1) % CAPACITY;
			this.count--;
			this.changed = true;
		}
	}

	int count() {
		return this.count;
	}

	/** The median, or NaN with fewer than {@code minSamples} packets. */
	double median(int minSamples) {
		if (!this.changed && this.medianMinSamples == minSamples) {
			return this.median;
		}
		this.median = computeMedian(minSamples);
		this.medianMinSamples = minSamples;
		this.changed = false;
		return this.median;
	}

	/**
	 * The median absolute deviation of the packets in the window (0 when empty), for a
	 * zone change's confidence; computed on twice the values, so it stays in integers.
	 */
	double spread() {
		if (this.count == 0) {
			return 0;
		}
		double median = computeMedian(1);
		int twiceMedian = (int) Math.round(2 * median);
		for (int i = 0; i < this.count; i++) {
			this.scratch[i] = Math.abs(2 * this.values[(this.oldest + i) % CAPACITY] - twiceMedian);
		}
		Arrays.sort(this.scratch, 0, this.count);
		int middle = this.count / 2;
		double twiceMad = ((this.count % 2) == 1) ? this.scratch[middle]
				: (this.scratch[middle - 1] + this.scratch[middle]) / 2.0;
		return twiceMad / 2;
	}

	private double computeMedian(int minSamples) {
		if (this.count == 0 || this.count < minSamples) {
			return Double.NaN;
		}
		for (int i = 0; i < this.count; i++) {
			this.scratch[i] = this.values[(this.oldest + i) % CAPACITY];
		}
		Arrays.sort(this.scratch, 0, this.count);
		int middle = this.count / 2;
		return ((this.count % 2) == 1) ? this.scratch[middle] : (this.scratch[middle - 1] + this.scratch[middle]) / 2.0;
	}

}
