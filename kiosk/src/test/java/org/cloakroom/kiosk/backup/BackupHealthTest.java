package org.cloakroom.kiosk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup health's staleness: a nightly schedule tolerates one missed night, and says
 * DEGRADED once two scheduled backups have come and gone since the newest (or since
 * start-up, for a kiosk that has none yet).
 */
class BackupHealthTest {

	@TempDir
	Path dir;

	private final MutableClock clock = MutableClock.startingAt("2026-12-07T10:00:00Z");

	@Test
	void aNewKioskWithoutBackupsIsUnknownUntilTwoNightsPassedWithoutOne() {
		BackupHealth health = health(true);

		assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);
		this.clock.advance(Duration.ofHours(40)); // 02:00 two days on: one night passed
		assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);
		this.clock.advance(Duration.ofHours(1)); // past the second night's 02:30

		Health degraded = health.health();
		assertThat(degraded.getStatus()).isEqualTo(BackupHealth.DEGRADED);
		assertThat(degraded.getDetails()).containsEntry("problem",
				"no backup taken since start-up at 2026-12-07T10:00:00Z");
	}

	@Test
	void upWithTheNewestBackupThenDegradedWhenTwoScheduledBackupsWereMissed() throws IOException {
		BackupHealth health = health(true);
		Files.writeString(this.dir.resolve("cloakroom-20261207-023000.zip"), "backup");

		Health up = health.health();
		assertThat(up.getStatus()).isEqualTo(Status.UP);
		assertThat(up.getDetails()).containsEntry("newest", "cloakroom-20261207-023000.zip")
			.containsEntry("newestTakenAt", "2026-12-07T02:30:00Z")
			.containsEntry("newestSize", 6L)
			.containsEntry("scheduled", "0 30 2 * * *");

		this.clock.set(java.time.Instant.parse("2026-12-09T02:30:00Z"));
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(health.health().getStatus()).isEqualTo(BackupHealth.DEGRADED);
	}

	@Test
	void theScheduleRunsInTheKiosksZone() throws IOException {
		BackupProperties properties = new BackupProperties(true, this.dir, "0 30 2 * * *", 7);
		BackupHealth health = new BackupHealth(new DatabaseBackups(null, properties, this.clock, (event) -> {
		}), properties, this.clock, java.time.ZoneId.of("Europe/Berlin"));
		// 02:30 in Berlin on the 7th (UTC+1): the next two nights run at 01:30 UTC
		Files.writeString(this.dir.resolve("cloakroom-20261207-013000.zip"), "backup");

		this.clock.set(java.time.Instant.parse("2026-12-09T01:30:00Z"));
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(health.health().getStatus()).isEqualTo(BackupHealth.DEGRADED);
	}

	@Test
	void withoutTheScheduleOldBackupsAreNoProblem() throws IOException {
		BackupHealth health = health(false);
		assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);
		Files.writeString(this.dir.resolve("cloakroom-20260107-023000.zip"), "backup");

		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(health.health().getDetails()).containsEntry("scheduled", "off");
	}

	private BackupHealth health(boolean enabled) {
		BackupProperties properties = new BackupProperties(enabled, this.dir, "0 30 2 * * *", 7);
		// only the directory is read: no database is needed to judge what is in it
		DatabaseBackups backups = new DatabaseBackups(null, properties, this.clock, (event) -> {
		});
		return new BackupHealth(backups, properties, this.clock, java.time.ZoneOffset.UTC);
	}

}
