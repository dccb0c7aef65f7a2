package org.cloakroom.kiosk.ble.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A recording cut into stretches: runs of packets at one distance, split where the
 * recording's clock goes back or falls silent for longer than {@link #MAX_GAP_MILLIS}.
 * Episodes are stitched from them and calibration taken from them.
 */
final class Stretches {

	static final long MAX_GAP_MILLIS = 30_000;

	/** The least time a run's end is taken to last, so stitching always moves on. */
	static final long MIN_GAP_MILLIS = 50;

	/** How far from a waypoint a stretch's distance may be (Herald steps by 1 cm). */
	static final int TOLERANCE_CM = 10;

	record Run(int start, int end, int distanceCm) {

		int size() {
			return this.end - this.start;
		}

	}

	private final Recording recording;

	private final List<Run> runs = new ArrayList<>();

	Stretches(Recording recording) {
		this.recording = recording;
		int start = 0;
		for (int i = 1; i <= recording.size(); i++) {
			boolean split = i == recording.size() || recording.distancesCm()[i] != recording.distancesCm()[start]
					|| recording.times()[i] < recording.times()[i - 1]
					|| recording.times()[i] - recording.times()[i - 1] > MAX_GAP_MILLIS;
			if (split) {
				this.runs.add(new Run(start, i, recording.distancesCm()[start]));
				start = i;
			}
		}
	}

	Recording recording() {
		return this.recording;
	}

	/** The runs within {@code toleranceCm} of {@code distanceCm}, in recording order. */
	List<Run> at(int distanceCm, int toleranceCm) {
		return this.runs.stream().filter((run) -> Math.abs(run.distanceCm() - distanceCm) <= toleranceCm).toList();
	}

	boolean has(int distanceCm) {
		return !at(distanceCm, TOLERANCE_CM).isEmpty();
	}

	/**
	 * The recorded distance nearest {@code wantedCm} within {@code lowCm}..{@code highCm}
	 * (ties: the farther), or −1.
	 */
	int nearest(int wantedCm, int lowCm, int highCm) {
		int best = -1;
		for (Run run : this.runs) {
			int d = run.distanceCm();
			if (d < lowCm || d > highCm) {
				continue;
			}
			if (best < 0 || Math.abs(d - wantedCm) < Math.abs(best - wantedCm)
					|| (Math.abs(d - wantedCm) == Math.abs(best - wantedCm) && d > best)) {
				best = d;
			}
		}
		return best;
	}

	/**
	 * Appends {@code durationMillis} of real packets from {@code pool} to {@code into},
	 * from {@code atMillis} on: from a random packet of the pool onwards; where its run
	 * ends first, on from another random packet.
	 */
	void sample(List<Run> pool, long atMillis, long durationMillis, Random random, Stitch into) {
		int total = pool.stream().mapToInt(Run::size).sum();
		long[] times = this.recording.times();
		int[] rssis = this.recording.rssis();
		long covered = 0;
		while (covered < durationMillis) {
			int pick = random.nextInt(total);
			Run run = null;
			for (Run candidate : pool) {
				if (pick < candidate.size()) {
					run = candidate;
					break;
				}
				pick -= candidate.size();
			}
			int first = run.start() + pick;
			long origin = times[first];
			int i = first;
			while (i < run.end() && covered + (times[i] - origin) < durationMillis) {
				into.add(atMillis + covered + (times[i] - origin), rssis[i]);
				i++;
			}
			if (i < run.end()) {
				return; // the time is up
			}
			// the run ended first: what it covered, plus its typical gap between packets
			long span = (i > first) ? times[i - 1] - origin : 0;
			long typicalGap = (times[run.end() - 1] - times[run.start()]) / Math.max(1, run.size() - 1);
			covered += span + Math.max(MIN_GAP_MILLIS, typicalGap);
		}
	}

	/** Packets gathered into an episode. */
	static final class Stitch {

		private final List<long[]> packets = new ArrayList<>();

		void add(long timeMillis, int rssi) {
			this.packets.add(new long[] { timeMillis, rssi });
		}

		Episode episode(boolean arrival, long reachMillis, long endMillis) {
			long[] times = new long[this.packets.size()];
			int[] rssis = new int[this.packets.size()];
			for (int i = 0; i < times.length; i++) {
				times[i] = this.packets.get(i)[0];
				rssis[i] = (int) this.packets.get(i)[1];
			}
			return new Episode(arrival, times, rssis, reachMillis, endMillis);
		}

	}

}
