package org.cloakroom.kiosk.enrolment;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Phone calibration settings ({@code cloakroom.enrolment.calibration.*}).
 *
 * @param listen how far back the enrolment calibration looks when the admin presses
 * "Calibrate": the seconds the employee held the phone at the spot
 * @param minPackets packets one identity must send to one adapter in a stretch for it to
 * count as a calibration sample; an awake phone sends several a second, a locked iPhone
 * may send none for tens of seconds (so: wake it)
 */
@ConfigurationProperties("cloakroom.enrolment.calibration")
@Validated
record CalibrationProperties(@DefaultValue("10s") @NotNull Duration listen,
		@DefaultValue("5") @Min(1) @Max(10_000) int minPackets) {

	CalibrationProperties {
		if (listen != null && (listen.isNegative() || listen.isZero() || listen.compareTo(Duration.ofMinutes(5)) > 0)) {
			throw new IllegalArgumentException(
					"cloakroom.enrolment.calibration.listen must be more than 0 and at most 5 minutes, got " + listen);
		}
	}

}
