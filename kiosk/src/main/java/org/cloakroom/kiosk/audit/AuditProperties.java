package org.cloakroom.kiosk.audit;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The audit log's checkpoints and verification, under {@code cloakroom.audit}.
 *
 * @param checkpointDir where signed checkpoints are written: on a kiosk another disk than
 * the database's, so that one stolen or rewritten disk does not take both
 * @param checkpointInterval how often the chain head is signed (also at start-up, after
 * the first verification, and at shutdown)
 * @param verifyInterval how often the whole chain is verified (also at start-up)
 * @param retention how old entries get before they are archived (with a signed
 * checkpoint) and removed from the database, checked daily
 */
@ConfigurationProperties("cloakroom.audit")
@Validated
record AuditProperties(@NotNull @DefaultValue("/var/log/cloakroom/checkpoints") Path checkpointDir,
		@NotNull @DefaultValue("15m") Duration checkpointInterval, @NotNull @DefaultValue("1h") Duration verifyInterval,
		@NotNull @DefaultValue("365d") Duration retention) {

	AuditProperties {
		positive("cloakroom.audit.checkpoint-interval", checkpointInterval);
		positive("cloakroom.audit.verify-interval", verifyInterval);
		positive("cloakroom.audit.retention", retention);
	}

	private static void positive(String name, Duration value) {
		if (value != null && (value.isNegative() || value.isZero())) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
	}

}
