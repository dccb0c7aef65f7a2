package org.cloakroom.kiosk.ble.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.BadgePresence;
import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.PhoneCalibration;
import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.cloakroom.kiosk.ble.proximity.ProximityTracker;
import org.cloakroom.kiosk.ble.proximity.ZoneListener;

/**
 * Plays one episode through proximity as the kiosk runs it (one adapter at the door, the
 * clock stepped every 200 ms between packets), with the phone calibrated or not, and
 * through the baseline's 2-s median.
 */
final class EpisodeRun {

	static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	static final long STEP_MILLIS = 200;

	static final long RECOGNISE_WITHIN_MILLIS = 3_000;

	static final long BASELINE_WINDOW_MILLIS = 2_000;

	/** The badge: 4 s after reaching 1 m (the employee has stood 3.2 s at the spot). */
	static final long BADGE_AFTER_REACH_MILLIS = 4_000;

	static final Duration BADGE_BEFORE = Duration.ofSeconds(10);

	static final Duration BADGE_AFTER = Duration.ofSeconds(2);

	private static final EnrolledPhone PHONE = new EnrolledPhone(1, 1);

	private EpisodeRun() {
	}

	/** {@code spotLevelDbm} NaN: not calibrated. */
	static Outcome run(Episode episode, ProximityProperties rules, double spotLevelDbm) {
		ProximityTracker tracker = new ProximityTracker(rules, Map.of(Recording.ADAPTER, Placement.DOOR), Map.of());
		if (!Double.isNaN(spotLevelDbm)) {
			tracker.calibrate(List.of(new PhoneCalibration(1, 1, Recording.ADAPTER, spotLevelDbm, 1)));
		}
		Watch watch = new Watch(episode.reachMillis());
		ZoneListener listener = (subject, from, to, rssi, confidence, at) -> watch.changed(to,
				at.toEpochMilli() - T0.toEpochMilli());
		long[] times = episode.times();
		long stepped = 0;
		for (int i = 0; i <= times.length; i++) {
			long until = (i < times.length) ? times[i] : episode.endMillis();
			while (stepped + STEP_MILLIS <= until) {
				stepped += STEP_MILLIS;
				watch.at(stepped);
				tracker.advanceTo(T0.plusMillis(stepped), listener);
			}
			if (i < times.length) {
				watch.at(times[i]);
				tracker.heard(PHONE, Recording.ADAPTER, T0.plusMillis(times[i]), episode.rssis()[i], listener);
			}
		}
		long reach = episode.reachMillis();
		if (!episode.arrival()) {
			return new Outcome(false, watch.everAtDoor, Double.NaN, false, false,
					baselinePeak(episode, Long.MIN_VALUE, Long.MAX_VALUE));
		}
		Instant badge = T0.plusMillis(reach + BADGE_AFTER_REACH_MILLIS);
		BadgePresence presence = tracker.atBadge(1, badge.minus(BADGE_BEFORE), badge.plus(BADGE_AFTER));
		return new Outcome(true, watch.inTime(), watch.recogniseMillis, presence.heard(),
				presence.proximity() == Zone.AT_DOOR, baselinePeak(episode, reach, reach + RECOGNISE_WITHIN_MILLIS));
	}

	/** Follows the zone against the time of reaching 1 m. */
	private static final class Watch {

		private final long reach;

		private Zone zone = Zone.AWAY;

		private long atDoorSince;

		boolean everAtDoor;

		/** From reaching 1 m to the AT_DOOR that held within 3 s of it; NaN: none. */
		double recogniseMillis = Double.NaN;

		Watch(long reach) {
			this.reach = reach;
		}

		void changed(Zone to, long millis) {
			this.zone = to;
			if (to == Zone.AT_DOOR) {
				this.atDoorSince = millis;
				this.everAtDoor = true;
			}
			at(millis);
		}

		/** Time went on to {@code millis}: was the phone at the door in time? */
		void at(long millis) {
			if (this.zone == Zone.AT_DOOR && !inTime() && millis >= this.reach
					&& millis <= this.reach + RECOGNISE_WITHIN_MILLIS) {
				this.recogniseMillis = this.atDoorSince - this.reach;
			}
		}

		boolean inTime() {
			return !Double.isNaN(this.recogniseMillis);
		}

	}

	/**
	 * The highest median of the last 2 s of raw packets, evaluated at each packet and
	 * each clock step within {@code from}..{@code to}.
	 */
	static double baselinePeak(Episode episode, long from, long to) {
		long[] times = episode.times();
		int[] rssis = episode.rssis();
		double[] window = new double[times.length];
		double peak = Double.NaN;
		int i = 0;
		for (long t = 0; t <= episode.endMillis(); t += STEP_MILLIS) {
			while (i < times.length && times[i] <= t) {
				i++;
				peak = atTime(times[i - 1], times, rssis, i, from, to, window, peak);
			}
			peak = atTime(t, times, rssis, i, from, to, window, peak);
		}
		return peak;
	}

	private static double atTime(long t, long[] times, int[] rssis, int heard, long from, long to, double[] window,
			double peak) {
		if (t < from || t > to) {
			return peak;
		}
		int n = 0;
		for (int k = heard - 1; k >= 0 && times[k] > t - BASELINE_WINDOW_MILLIS; k--) {
			window[n++] = rssis[k];
		}
		if (n == 0) {
			return peak;
		}
		Arrays.sort(window, 0, n);
		double median = (n % 2 == 1) ? window[n / 2] : (window[n / 2 - 1] + window[n / 2]) / 2;
		return Double.isNaN(peak) ? median : Math.max(peak, median);
	}

}
