package org.cloakroom.kiosk.fleet.retention;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Central's retention of kiosks' entries, under {@code cloakroom.fleet}.
 *
 * @param retention how old a month of entries gets (its end) before it is archived and
 * its partition dropped, checked daily
 * @param archiveDir where each archived month's file is written
 */
@ConfigurationProperties("cloakroom.fleet")
@Validated
record FleetRetentionProperties(@NotNull @DefaultValue("400d") Duration retention,
		@NotNull @DefaultValue("/var/lib/cloakroom/fleet-archives") Path archiveDir) {

	FleetRetentionProperties {
		if (retention != null && (retention.isNegative() || retention.isZero())) {
			throw new IllegalArgumentException("cloakroom.fleet.retention must be positive, was " + retention);
		}
	}

}
