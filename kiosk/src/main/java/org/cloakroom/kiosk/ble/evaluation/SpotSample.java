package org.cloakroom.kiosk.ble.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * Calibration as enrolment would take it: the phone held at about 0.4 m (the spot) for a
 * few seconds, the median of what was heard. From the recording's stretch nearest 40 cm
 * (20–60 cm), never used by a walk. The enrolment sample is its first
 * {@value #ENROLMENT_MILLIS} ms (at least {@value #MIN_PACKETS} packets); the refined one
 * ("after badge-in refinement": many badge-ins in the same carrying position) is the
 * median of the rest of that stretch.
 */
final class SpotSample {

	static final long ENROLMENT_MILLIS = 5_000;

	static final int MIN_PACKETS = 3;

	/**
	 * How far around the chosen spot distance a stretch still counts (Herald: 1 cm
	 * steps).
	 */
	static final int SPOT_TOLERANCE_CM = 5;

	private SpotSample() {
	}

	/** The enrolment's spot level, or NaN when the recording has no spot stretch. */
	static double enrolment(Stretches stretches) {
		List<Stretches.Run> spot = spot(stretches);
		if (spot.isEmpty()) {
			return Double.NaN;
		}
		Stretches.Run first = spot.get(0);
		int end = enrolmentEnd(stretches.recording(), first);
		return median(stretches.recording().rssis(), first.start(), end);
	}

	/** The refined spot level: the spot stretches after the enrolment's, or NaN. */
	static double refined(Stretches stretches) {
		List<Stretches.Run> spot = spot(stretches);
		if (spot.isEmpty()) {
			return Double.NaN;
		}
		int[] rssis = stretches.recording().rssis();
		int[] rest = new int[spot.stream().mapToInt(Stretches.Run::size).sum()];
		int n = 0;
		for (int r = 0; r < spot.size(); r++) {
			Stretches.Run run = spot.get(r);
			int from = (r == 0) ? enrolmentEnd(stretches.recording(), run) : run.start();
			for (int i = from; i < run.end(); i++) {
				rest[n++] = rssis[i];
			}
		}
		return (n >= MIN_PACKETS) ? median(rest, 0, n) : Double.NaN;
	}

	private static List<Stretches.Run> spot(Stretches stretches) {
		int distance = stretches.nearest(40, 20, 60);
		return (distance < 0) ? List.of() : stretches.at(distance, SPOT_TOLERANCE_CM);
	}

	private static int enrolmentEnd(Recording recording, Stretches.Run run) {
		long[] times = recording.times();
		int end = run.start();
		while (end < run.end()
				&& (times[end] - times[run.start()] < ENROLMENT_MILLIS || end - run.start() < MIN_PACKETS)) {
			end++;
		}
		return end;
	}

	private static double median(int[] values, int from, int to) {
		int[] copy = Arrays.copyOfRange(values, from, to);
		Arrays.sort(copy);
		int n = copy.length;
		return (n % 2 == 1) ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2.0;
	}

}
