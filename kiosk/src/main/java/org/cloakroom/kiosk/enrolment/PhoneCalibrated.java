package org.cloakroom.kiosk.enrolment;

import java.util.List;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A phone was calibrated at the kiosk's spot during enrolment: per identity and adapter
 * (the lists run in step) what was heard and whether the calibration uses it, and the
 * phone calibration's confidence after it. {@code by}: the console user.
 */
@AuditType("PhoneCalibrated")
public record PhoneCalibrated(PhoneId phoneId, List<String> adapters, List<Double> levelsDbm, List<Integer> packets,
		List<String> verdicts, double confidence, String by) implements AuditableEvent {

	public PhoneCalibrated {
		adapters = List.copyOf(adapters);
		levelsDbm = List.copyOf(levelsDbm);
		packets = List.copyOf(packets);
		verdicts = List.copyOf(verdicts);
	}

	static PhoneCalibrated of(CalibrationTaken taken, String by) {
		List<CalibrationSample> samples = taken.samples();
		return new PhoneCalibrated(taken.phoneId(), samples.stream().map(CalibrationSample::adapter).toList(),
				samples.stream().map(CalibrationSample::levelDbm).toList(),
				samples.stream().map(CalibrationSample::packets).toList(),
				samples.stream().map((sample) -> sample.verdict().word()).toList(), taken.calibration().confidence(),
				by);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.phone(this.phoneId.value());
	}

}
