package org.cloakroom.kiosk.enrolment;

import java.util.List;

/**
 * A phone calibration: its spot levels per identity and adapter; {@code calibrated} when
 * at least one has an estimate, {@code confidence} the best of them (the best evidence
 * BLE has to place the phone at the spot).
 */
public record PhoneCalibrationView(PhoneId phoneId, boolean calibrated, double confidence,
		List<SpotLevelView> spotLevels) {

	public PhoneCalibrationView {
		spotLevels = List.copyOf(spotLevels);
	}

	static PhoneCalibrationView of(PhoneId phoneId, List<SpotLevelView> levels) {
		boolean calibrated = levels.stream().anyMatch((level) -> level.spotLevelDbm() != null);
		double confidence = levels.stream().mapToDouble(SpotLevelView::confidence).max().orElse(0);
		return new PhoneCalibrationView(phoneId, calibrated, confidence, levels);
	}

}
