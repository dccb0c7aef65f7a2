package org.cloakroom.kiosk.ble.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The recording's spot: its stationary stretch nearest 40 cm (20–60 cm; pc-ng's HH files
 * reach 0.2–0.6 m, Herald's rig 0.1–0.5 m), where an arriving employee stands to badge
 * and where enrolment holds the phone. It is split so that calibration never sees a
 * packet an episode uses: the first run's first third (at least
 * {@value #ENROLMENT_MILLIS} ms) is calibration's, the rest (and any later run at that
 * distance) the arrivals' stay. Enrolment's sample is the first
 * {@value #ENROLMENT_MILLIS} ms of calibration's part (at least {@value #MIN_PACKETS}
 * packets); the refined one ("after badge-in refinement": many badge-ins in the same
 * carrying position) is the median of that whole part.
 */
final class SpotSample {

	static final long ENROLMENT_MILLIS = 5_000;

	static final int MIN_PACKETS = 3;

	/** How much of the stay the episodes' part must hold at least: the longest stay. */
	static final long MIN_STAY_MILLIS = Walks.MAX_STAY_MILLIS;

	/**
	 * How far around the chosen spot distance a stretch still counts (Herald: 1 cm
	 * steps).
	 */
	static final int SPOT_TOLERANCE_CM = 5;

	/**
	 * A recording's spot, split.
	 *
	 * @param distanceCm the spot's distance
	 * @param calibration calibration's part: never in an episode
	 * @param stay the episodes' part
	 */
	record Split(int distanceCm, Stretches.Run calibration, List<Stretches.Run> stay) {
	}

	private SpotSample() {
	}

	/**
	 * The recording's spot split for calibration and episodes, or {@code null} when it
	 * has no spot stretch or one too short for both.
	 */
	static Split split(Stretches stretches) {
		int distance = stretches.nearest(40, 20, 60);
		if (distance < 0) {
			return null;
		}
		List<Stretches.Run> spot = stretches.at(distance, SPOT_TOLERANCE_CM);
		long[] times = stretches.recording().times();
		Stretches.Run first = spot.get(0);
		long span = times[first.end() - 1] - times[first.start()];
		int cut = after(times, first, Math.max(ENROLMENT_MILLIS, span / 3));
		Stretches.Run calibration = new Stretches.Run(first.start(), cut, first.distanceCm());
		List<Stretches.Run> stay = new ArrayList<>();
		if (cut < first.end()) {
			stay.add(new Stretches.Run(cut, first.end(), first.distanceCm()));
		}
		stay.addAll(spot.subList(1, spot.size()));
		long stayMillis = stay.stream().mapToLong((run) -> times[run.end() - 1] - times[run.start()]).sum();
		if (calibration.size() < MIN_PACKETS || stayMillis < MIN_STAY_MILLIS) {
			return null;
		}
		return new Split(distance, calibration, List.copyOf(stay));
	}

	/** The enrolment's spot level: the first seconds of calibration's part. */
	static double enrolment(Recording recording, Split split) {
		Stretches.Run part = split.calibration();
		int end = Math.max(Math.min(part.end(), part.start() + MIN_PACKETS),
				after(recording.times(), part, ENROLMENT_MILLIS));
		return median(recording.rssis(), part.start(), end);
	}

	/** The refined spot level: the whole of calibration's part. */
	static double refined(Recording recording, Split split) {
		return median(recording.rssis(), split.calibration().start(), split.calibration().end());
	}

	/** The first packet of {@code run} at least {@code millis} after its start. */
	private static int after(long[] times, Stretches.Run run, long millis) {
		int i = run.start();
		while (i < run.end() && times[i] - times[run.start()] < millis) {
			i++;
		}
		return i;
	}

	private static double median(int[] values, int from, int to) {
		int[] copy = Arrays.copyOfRange(values, from, to);
		Arrays.sort(copy);
		int n = copy.length;
		return (n % 2 == 1) ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2.0;
	}

}
