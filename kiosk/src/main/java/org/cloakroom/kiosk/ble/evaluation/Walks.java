package org.cloakroom.kiosk.ble.evaluation;

import java.util.List;
import java.util.Random;

/**
 * The two walks stitched from a recording's stationary stretches, at 0.8 s per metre (a
 * walking pace). An <b>arrival</b> stands {@value #STAND_MILLIS} ms at the farthest of 5,
 * 4 or 3 m the recording has, walks in through each metre (…, 2 m, 1 m), and stays at the
 * spot ({@link SpotSample}: the stay's part of the recording's 20–60 cm stretch) for
 * {@value #MIN_STAY_MILLIS}–{@value #MAX_STAY_MILLIS} ms, badging: a person who comes to
 * the kiosk walks on to its marked spot, 0.3–0.6 m from the door adapter (as the
 * generator's {@code Scenario.ARRIVAL}), and reaching 1 m only starts the clock. A
 * <b>passer</b> stands at 4 m (else 3 m), walks in to 2 m and back out, and stands again:
 * never the spot.
 */
final class Walks {

	static final long STAND_MILLIS = 6_000;

	static final long STEP_MILLIS = 800;

	static final long MIN_STAY_MILLIS = 10_000;

	static final long MAX_STAY_MILLIS = 12_000;

	private Walks() {
	}

	/** Whether the recording has what both walks need besides the spot: 1, 2 and 3 m. */
	static boolean possible(Stretches stretches) {
		return stretches.has(100) && stretches.has(200) && stretches.has(300);
	}

	/** An arrival; its reach is the start of its 1 m segment. */
	static Episode arrival(Stretches stretches, SpotSample.Split spot, Random random) {
		int farthest = farthest(stretches, 5);
		Stretches.Stitch stitch = new Stretches.Stitch();
		long at = 0;
		at = segment(stretches, farthest, at, STAND_MILLIS, random, stitch);
		for (int metres = farthest - 1; metres >= 2; metres--) {
			at = segment(stretches, metres, at, STEP_MILLIS, random, stitch);
		}
		long reach = at;
		at = segment(stretches, 1, at, STEP_MILLIS, random, stitch);
		long stay = MIN_STAY_MILLIS + random.nextInt((int) (MAX_STAY_MILLIS - MIN_STAY_MILLIS) + 1);
		stretches.sample(spot.stay(), at, stay, random, stitch);
		return stitch.episode(true, reach, at + stay);
	}

	static Episode passer(Stretches stretches, Random random) {
		int farthest = farthest(stretches, 4);
		Stretches.Stitch stitch = new Stretches.Stitch();
		long at = segment(stretches, farthest, 0, STAND_MILLIS, random, stitch);
		for (int metres = farthest - 1; metres > 2; metres--) {
			at = segment(stretches, metres, at, STEP_MILLIS, random, stitch);
		}
		long closest = at;
		at = segment(stretches, 2, at, STEP_MILLIS, random, stitch);
		for (int metres = 3; metres < farthest; metres++) {
			at = segment(stretches, metres, at, STEP_MILLIS, random, stitch);
		}
		long end = segment(stretches, farthest, at, STAND_MILLIS, random, stitch);
		return stitch.episode(false, closest, end);
	}

	private static int farthest(Stretches stretches, int metres) {
		for (int m = metres; m > 3; m--) {
			if (stretches.has(m * 100)) {
				return m;
			}
		}
		return 3;
	}

	private static long segment(Stretches stretches, int metres, long at, long duration, Random random,
			Stretches.Stitch stitch) {
		List<Stretches.Run> pool = stretches.at(metres * 100, Stretches.TOLERANCE_CM);
		stretches.sample(pool, at, duration, random, stitch);
		return at + duration;
	}

}
