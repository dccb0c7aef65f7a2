package org.cloakroom.kiosk.siem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The "siem" component of /actuator/health: UP with the backlog (entries the log holds
 * beyond the cursor), the last success and the last error; {@code DEGRADED} while the
 * oldest unsent entry is older than {@code cloakroom.siem.backlog-age-limit}. DEGRADED,
 * not DOWN: the kiosk itself works on, and the log keeps every entry until it is sent.
 */
final class SiemHealthIndicator implements HealthIndicator {

	/** The status of a SIEM copy that lags too far behind the log. */
	static final Status DEGRADED = new Status("DEGRADED", "the SIEM has not received entries older than the limit");

	private final SiemForwarder forwarder;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Duration backlogAgeLimit;

	SiemHealthIndicator(SiemForwarder forwarder, AuditLog auditLog, Clock clock, Duration backlogAgeLimit) {
		this.forwarder = forwarder;
		this.auditLog = auditLog;
		this.clock = clock;
		this.backlogAgeLimit = backlogAgeLimit;
	}

	@Override
	public Health health() {
		SiemStatus status = this.forwarder.status();
		List<AuditEntry> newest = this.auditLog.latest(1);
		long head = newest.isEmpty() ? 0 : newest.get(0).sequence();
		long backlog = Math.max(0, head - status.cursor());
		Instant oldestUnsent = (backlog > 0) ? oldestAfter(status.cursor()) : null;
		boolean lagging = oldestUnsent != null
				&& Duration.between(oldestUnsent, this.clock.instant()).compareTo(this.backlogAgeLimit) > 0;
		Health.Builder health = Health.status(lagging ? DEGRADED : Status.UP)
			.withDetail("target", this.forwarder.target())
			.withDetail("backlog", backlog)
			.withDetail("cursor", status.cursor())
			.withDetail("head", head);
		detail(health, "oldestUnsentAt", oldestUnsent);
		detail(health, "lastSuccessAt", status.lastSuccessAt());
		detail(health, "lastError", status.lastError());
		detail(health, "lastErrorAt", status.lastErrorAt());
		health.withDetail("failures", status.failures());
		detail(health, "nextAttemptAt", status.nextAttemptAt());
		return health.build();
	}

	private Instant oldestAfter(long cursor) {
		List<AuditEntry> next = this.auditLog.after(cursor, 1);
		return next.isEmpty() ? null : next.get(0).at();
	}

	private static void detail(Health.Builder health, String name, Object value) {
		if (value != null) {
			health.withDetail(name, value.toString());
		}
	}

}
