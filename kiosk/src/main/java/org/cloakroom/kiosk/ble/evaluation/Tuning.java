package org.cloakroom.kiosk.ble.evaluation;

import java.time.Duration;
import java.util.List;

import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.SpotProperties;

/**
 * Chooses the spot settings on the tuning half only, on phones in the hand with
 * enrolment's calibration, averaged over the two data sets (the aims are per data set,
 * and Herald's rig has 18 times pc-ng's hand–hand episodes): the most arrivals placed in
 * time with at most 2% of passers at the door, else the best arrivals − passers.
 */
public final class Tuning {

	static final double MAX_PASSERS = 0.02;

	private static final List<String> DATASETS = List.of(PcNgRecordings.DATASET, HeraldRecordings.DATASET);

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
		for (double withinDb = 0; withinDb <= 16; withinDb += 0.5) {
			for (long dwellMillis = 0; dwellMillis <= 2500; dwellMillis += 250) {
				SpotProperties spot = new SpotProperties(withinDb, Duration.ofMillis(dwellMillis),
						base.spot().uncalibratedTrust());
				EvaluationReport report = evaluation.score(base.withSpot(spot),
						(prepared) -> !prepared.scoring() && prepared.of().inTheHand(), List.of(Calibrated.ENROLMENT));
				double arrivals = 0;
				double passers = 0;
				for (String dataset : DATASETS) {
					Score hand = report.score(dataset, null, Calibrated.ENROLMENT);
					arrivals += hand.arrivalsInTime() / DATASETS.size();
					passers += hand.passersAtDoor() / DATASETS.size();
				}
				Tried tried = new Tried(spot, arrivals, passers);
				if (best == null || tried.betterThan(best)) {
					best = tried;
				}
			}
		}
		return best;
	}

}
