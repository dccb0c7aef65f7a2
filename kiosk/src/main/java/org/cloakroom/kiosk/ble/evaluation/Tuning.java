package org.cloakroom.kiosk.ble.evaluation;

import java.time.Duration;
import java.util.List;

import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.SpotProperties;

/**
 * Chooses the spot settings on the tuning half only, on phones in the hand with
 * enrolment's calibration: the most arrivals placed in time with at most 2% of passers at
 * the door, else the best arrivals − passers.
 */
public final class Tuning {

	static final double MAX_PASSERS = 0.02;

	private Tuning() {
	}

	/** A setting tried and how it scored on the tuning half. */
	public record Tried(SpotProperties spot, double arrivalsInTime, double passersAtDoor) {

		boolean acceptable() {
			return this.passersAtDoor <= MAX_PASSERS;
		}

		boolean betterThan(Tried other) {
			if (acceptable() != other.acceptable()) {
				return acceptable();
			}
			return acceptable() ? this.arrivalsInTime > other.arrivalsInTime
					: this.arrivalsInTime - this.passersAtDoor > other.arrivalsInTime - other.passersAtDoor;
		}

	}

	public static Tried choose(Evaluation evaluation, ProximityProperties base) {
		Tried best = null;
		for (int withinDb = 2; withinDb <= 16; withinDb++) {
			for (long dwellMillis = 0; dwellMillis <= 2500; dwellMillis += 500) {
				SpotProperties spot = new SpotProperties(withinDb, Duration.ofMillis(dwellMillis),
						base.spot().uncalibratedTrust());
				EvaluationReport report = evaluation.score(base.withSpot(spot),
						(prepared) -> !prepared.scoring() && prepared.of().inTheHand(), List.of(Calibrated.ENROLMENT));
				Score hand = new Score();
				for (String dataset : List.of(PcNgRecordings.DATASET, HeraldRecordings.DATASET)) {
					hand.addAll(report.score(dataset, null, Calibrated.ENROLMENT));
				}
				Tried tried = new Tried(spot, hand.arrivalsInTime(), hand.passersAtDoor());
				if (best == null || tried.betterThan(best)) {
					best = tried;
				}
			}
		}
		return best;
	}

}
