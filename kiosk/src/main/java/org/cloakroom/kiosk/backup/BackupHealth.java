package org.cloakroom.kiosk.backup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.scheduling.support.CronExpression;

/**
 * The {@code backup} component of /actuator/health: UP with the newest backup (file,
 * time, size); DEGRADED when the last attempt failed, or when two scheduled backups have
 * come and gone since the newest one (or since start-up, for a kiosk that has none yet).
 * DEGRADED, not DOWN: the kiosk works on without backups. UNKNOWN while backups are not
 * scheduled and none was taken.
 */
final class BackupHealth implements HealthIndicator {

	/** The status of backups that failed or stopped. */
	static final Status DEGRADED = new Status("DEGRADED", "the database has no recent backup");

	private final DatabaseBackups backups;

	private final BackupProperties properties;

	private final Clock clock;

	private final ZoneId zone;

	private final Instant startedAt;

	/**
	 * @param zone the zone the schedule runs in: the JVM's default, as Spring's cron
	 * triggers read it
	 */
	BackupHealth(DatabaseBackups backups, BackupProperties properties, Clock clock, ZoneId zone) {
		this.backups = backups;
		this.properties = properties;
		this.clock = clock;
		this.zone = zone;
		this.startedAt = clock.instant();
	}

	@Override
	public Health health() {
		List<BackupFile> found = this.backups.list();
		Optional<DatabaseBackups.Attempt> last = this.backups.lastAttempt();
		Health.Builder health = Health.unknown()
			.withDetail("directory", this.backups.directory().toString())
			.withDetail("scheduled", this.properties.enabled() ? this.properties.schedule() : "off");
		if (!found.isEmpty()) {
			BackupFile newest = found.get(0);
			health.withDetail("newest", newest.file())
				.withDetail("newestTakenAt", newest.takenAt().toString())
				.withDetail("newestSize", newest.size())
				.withDetail("kept", found.size());
		}
		last.ifPresent((attempt) -> health.withDetail("lastAttemptAt", attempt.at().toString()));
		if (last.isPresent() && last.get().failed()) {
			return health.status(DEGRADED).withDetail("problem", last.get().problem()).build();
		}
		if (!this.properties.enabled()) {
			return health.status(found.isEmpty() ? Status.UNKNOWN : Status.UP).build();
		}
		Instant since = found.isEmpty() ? this.startedAt : found.get(0).takenAt();
		Instant due = secondRunAfter(since);
		if (this.clock.instant().isAfter(due)) {
			return health.status(DEGRADED)
				.withDetail("problem",
						found.isEmpty() ? "no backup taken since start-up at " + since
								: "no backup since " + since + ": two scheduled backups were missed")
				.build();
		}
		return health.status(found.isEmpty() ? Status.UNKNOWN : Status.UP).build();
	}

	/** The second scheduled run after {@code since}: the first one may still be due. */
	private Instant secondRunAfter(Instant since) {
		CronExpression cron = this.properties.cron();
		LocalDateTime first = cron.next(LocalDateTime.ofInstant(since, this.zone));
		LocalDateTime second = (first != null) ? cron.next(first) : null;
		return (second != null) ? second.atZone(this.zone).toInstant() : Instant.MAX;
	}

}
