package org.cloakroom.kiosk.ble.evaluation;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation's protocol on a made-up recording whose stretches each read their own
 * level: an arrival walks in through 1 m and stays at the spot, on packets calibration
 * never saw; a passer never comes to the spot; a spot too short for both is not scored.
 */
class ArrivalAtTheSpotTest {

	private static final int CALIBRATION_DBM = -51;

	private static final int STAY_DBM = -49;

	private static final int ONE_METRE_DBM = -70;

	@Test
	void calibrationTakesTheSpotsFirstThirdAndTheStayTheRest() {
		Stretches stretches = new Stretches(recording(60_000));
		SpotSample.Split split = SpotSample.split(stretches);
		assertThat(split.distanceCm()).isEqualTo(40);
		int[] rssis = stretches.recording().rssis();
		assertThat(Arrays.copyOfRange(rssis, split.calibration().start(), split.calibration().end()))
			.containsOnly(CALIBRATION_DBM);
		for (Stretches.Run run : split.stay()) {
			assertThat(Arrays.copyOfRange(rssis, run.start(), run.end())).containsOnly(STAY_DBM);
		}
		assertThat(SpotSample.enrolment(stretches.recording(), split)).isEqualTo(CALIBRATION_DBM);
		assertThat(SpotSample.refined(stretches.recording(), split)).isEqualTo(CALIBRATION_DBM);
	}

	@Test
	void anArrivalReachesOneMetreThenStaysAtTheSpotAndAPasserNeverComesToIt() {
		Stretches stretches = new Stretches(recording(60_000));
		SpotSample.Split split = SpotSample.split(stretches);
		Random random = new Random(1);
		for (int i = 0; i < 20; i++) {
			Episode arrival = Walks.arrival(stretches, split, random);
			long atSpot = arrival.reachMillis() + Walks.STEP_MILLIS;
			assertThat(arrival.endMillis() - atSpot).isBetween(Walks.MIN_STAY_MILLIS, Walks.MAX_STAY_MILLIS);
			for (int k = 0; k < arrival.times().length; k++) {
				long t = arrival.times()[k];
				int expected = (t >= atSpot) ? STAY_DBM : (t >= arrival.reachMillis()) ? ONE_METRE_DBM : -1;
				if (expected != -1) {
					assertThat(arrival.rssis()[k]).as("packet at %d ms", t).isEqualTo(expected);
				}
				else {
					assertThat(arrival.rssis()[k]).as("packet at %d ms", t).isLessThan(ONE_METRE_DBM);
				}
			}
			Episode passer = Walks.passer(stretches, random);
			assertThat(passer.rssis()).doesNotContain(STAY_DBM, CALIBRATION_DBM, ONE_METRE_DBM);
		}
	}

	@Test
	void aRecordingWhoseSpotIsTooShortForCalibrationAndTheStayIsNamedAndNotScored() {
		Recording shortSpot = recording(15_000);
		assertThat(SpotSample.split(new Stretches(shortSpot))).isNull();
		Evaluation evaluation = Evaluation.of(java.util.List.of(shortSpot));
		assertThat(evaluation.withoutSpot()).containsExactly("test short.csv");
		assertThat(evaluation.sources()).isEmpty();
	}

	/**
	 * 20 s at each of 5, 4, 3, 2 and 1 m, then {@code spotMillis} at 40 cm; a packet
	 * every 100 ms; the spot's first third reads {@link #CALIBRATION_DBM}, the rest
	 * {@link #STAY_DBM}.
	 */
	private static Recording recording(long spotMillis) {
		int[] metres = { 500, 400, 300, 200, 100 };
		int[] levels = { -90, -85, -80, -75, ONE_METRE_DBM };
		RecordingBuilder packets = new RecordingBuilder();
		long t = 0;
		for (int m = 0; m < metres.length; m++) {
			for (long end = t + 20_000; t < end; t += 100) {
				packets.add(t, levels[m], metres[m]);
			}
		}
		long spotStart = t;
		for (long end = t + spotMillis; t < end; t += 100) {
			packets.add(t, (t - spotStart < spotMillis / 3) ? CALIBRATION_DBM : STAY_DBM, 40);
		}
		return packets.build(new Case("test", "HH", "a", "b"), (spotMillis < 30_000) ? "short.csv" : "long.csv", true);
	}

}
