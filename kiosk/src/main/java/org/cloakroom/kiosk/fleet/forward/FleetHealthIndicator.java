package org.cloakroom.kiosk.fleet.forward;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.MessageSource;

/**
 * The {@code fleet} component of /actuator/health: UP while forwarding, with central, the
 * kiosk's id, the acknowledged sequence, the lag (entries the log holds beyond it) and
 * the age of the oldest of them; DOWN when forwarding stopped (revoked, forked) or
 * central has not been reached for longer than {@code cloakroom.fleet.unreachable-limit},
 * saying why and, once stopped, what to do ({@code todo}, from {@code messages/fleet}:
 * after a fork, the restore steps with {@code cloakroom fleet catch-up}).
 * {@link FleetHealthContributor} beans add their own details.
 */
final class FleetHealthIndicator implements HealthIndicator {

	private final Forwarder forwarder;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Duration unreachableLimit;

	private final ObjectProvider<FleetHealthContributor> contributors;

	private final MessageSource messages;

	FleetHealthIndicator(Forwarder forwarder, AuditLog auditLog, Clock clock, Duration unreachableLimit,
			ObjectProvider<FleetHealthContributor> contributors, MessageSource messages) {
		this.forwarder = forwarder;
		this.auditLog = auditLog;
		this.clock = clock;
		this.unreachableLimit = unreachableLimit;
		this.contributors = contributors;
		this.messages = messages;
	}

	@Override
	public Health health() {
		ForwardingStatus status = this.forwarder.status();
		Membership membership = this.forwarder.membership();
		Instant now = this.clock.instant();
		List<AuditEntry> newest = this.auditLog.latest(1);
		long head = newest.isEmpty() ? 0 : newest.get(0).sequence();
		long lag = Math.max(0, head - status.acknowledged());
		Instant oldestUnforwarded = (lag > 0) ? oldestAfter(status.acknowledged()) : null;
		Health.Builder health = Health.status(Status.UP);
		String down = down(status, now);
		if (down != null) {
			health.status(Status.DOWN).withDetail("why", down);
		}
		if (status.isStopped()) {
			detail(health, "todo",
					this.messages.getMessage("health." + status.stoppedCode(), null, null, Locale.ENGLISH));
		}
		health.withDetail("central", membership.central().toString())
			.withDetail("kiosk", membership.kiosk())
			.withDetail("name", membership.name())
			.withDetail("site", membership.site())
			.withDetail("acknowledged", status.acknowledged())
			.withDetail("head", head)
			.withDetail("lagEntries", lag);
		if (oldestUnforwarded != null) {
			health.withDetail("oldestUnforwardedAt", oldestUnforwarded.toString())
				.withDetail("oldestUnforwardedAge", Duration.between(oldestUnforwarded, now).toString());
		}
		detail(health, "lastContactAt", status.lastContactAt());
		detail(health, "lastError", status.lastError());
		detail(health, "lastErrorAt", status.lastErrorAt());
		health.withDetail("failures", status.failures());
		detail(health, "nextAttemptAt", status.nextAttemptAt());
		this.contributors.orderedStream().forEach((contributor) -> contributor.contribute(health));
		return health.build();
	}

	/** Why forwarding is down, or null while it works or may still recover soon. */
	private String down(ForwardingStatus status, Instant now) {
		if (status.isStopped()) {
			return "forwarding stopped: " + status.stoppedReason();
		}
		Instant since = (status.lastContactAt() != null) ? status.lastContactAt() : status.startedAt();
		if (status.failures() > 0 && Duration.between(since, now).compareTo(this.unreachableLimit) > 0) {
			return "central not reached since " + since + " (" + status.lastError() + ")";
		}
		return null;
	}

	private Instant oldestAfter(long acknowledged) {
		List<AuditEntry> next = this.auditLog.after(acknowledged, 1);
		return next.isEmpty() ? null : next.get(0).at();
	}

	private static void detail(Health.Builder health, String name, Object value) {
		if (value != null) {
			health.withDetail(name, value.toString());
		}
	}

}
