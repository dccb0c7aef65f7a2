package org.cloakroom.kiosk.enrolment;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What {@link SpotLevelEstimator} made of one identity's samples on one adapter.
 *
 * @param levelDbm the spot level, empty while the phone is not calibrated there
 * @param confidence 0 to 1; 0 without a level
 * @param samples the samples in the order given, each with its verdict
 */
record SpotLevelEstimate(OptionalDouble levelDbm, double confidence, List<CalibrationSample> samples) {

	SpotLevelEstimate {
		samples = List.copyOf(samples);
	}

	boolean calibrated() {
		return this.levelDbm.isPresent();
	}

}
