package org.cloakroom.kiosk.enrolment;

/**
 * One identity's spot level on one adapter, as the console and the API show it.
 *
 * @param identityId the identity
 * @param adapter the adapter, by its OS name
 * @param spotLevelDbm the estimate, null while not calibrated there
 * @param confidence 0 to 1
 * @param samples the calibration samples kept
 * @param accepted how many of them the estimate uses
 */
public record SpotLevelView(long identityId, String adapter, Double spotLevelDbm, double confidence, int samples,
		int accepted) {

	static SpotLevelView of(StoredCalibrations.SpotLevel level) {
		SpotLevelEstimate estimate = level.estimate();
		return new SpotLevelView(level.identityId(), level.adapter(),
				estimate.calibrated() ? estimate.levelDbm().getAsDouble() : null, estimate.confidence(),
				estimate.samples().size(),
				(int) estimate.samples().stream().filter((sample) -> sample.verdict().accepted()).count());
	}

}
