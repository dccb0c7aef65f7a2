package org.cloakroom.kiosk.ble.evaluation;

import java.util.Arrays;

/** Gathers one recording's packets into growing primitive arrays. */
final class RecordingBuilder {

	private long[] times = new long[1024];

	private int[] rssis = new int[1024];

	private int[] distances = new int[1024];

	private int size;

	void add(long timeMillis, int rssi, int distanceCm) {
		if (this.size == this.times.length) {
			this.times = Arrays.copyOf(this.times, this.size * 2);
			this.rssis = Arrays.copyOf(this.rssis, this.size * 2);
			this.distances = Arrays.copyOf(this.distances, this.size * 2);
		}
		this.times[this.size] = timeMillis;
		this.rssis[this.size] = rssi;
		this.distances[this.size] = distanceCm;
		this.size++;
	}

	int size() {
		return this.size;
	}

	long time(int i) {
		return this.times[i];
	}

	void setTime(int i, long timeMillis) {
		this.times[i] = timeMillis;
	}

	Recording build(Case of, String source, boolean scoring) {
		return new Recording(of, source, scoring, Arrays.copyOf(this.times, this.size),
				Arrays.copyOf(this.rssis, this.size), Arrays.copyOf(this.distances, this.size));
	}

}
