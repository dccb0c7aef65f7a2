package org.cloakroom.kiosk.enrolment;

import java.util.List;

/**
 * What an enrolment calibration took: the calibration samples with their verdicts, and
 * the phone calibration after them.
 */
public record CalibrationTaken(PhoneId phoneId, List<CalibrationSample> samples, PhoneCalibrationView calibration) {

	public CalibrationTaken {
		samples = List.copyOf(samples);
	}

}
