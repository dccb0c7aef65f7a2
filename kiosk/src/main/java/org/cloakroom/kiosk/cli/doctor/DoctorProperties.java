package org.cloakroom.kiosk.cli.doctor;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What {@code doctor} judges by, under {@code cloakroom.doctor}.
 *
 * @param diskWarnBelow free space on the database's or the checkpoints' file system below
 * which the disk check warns
 * @param diskFailBelow free space below which it fails (at most {@code diskWarnBelow})
 * @param health the running kiosk's health, asked when the database is in use
 */
@ConfigurationProperties("cloakroom.doctor")
@Validated
public record DoctorProperties(@DefaultValue("1GB") @NotNull DataSize diskWarnBelow,
		@DefaultValue("200MB") @NotNull DataSize diskFailBelow,
		@DefaultValue("http://localhost:8080/actuator/health") @NotNull URI health) {

	public DoctorProperties {
		if (diskFailBelow.compareTo(diskWarnBelow) > 0) {
			throw new IllegalArgumentException("cloakroom.doctor.disk-fail-below (" + diskFailBelow
					+ ") must be at most cloakroom.doctor.disk-warn-below (" + diskWarnBelow + ")");
		}
	}

}
