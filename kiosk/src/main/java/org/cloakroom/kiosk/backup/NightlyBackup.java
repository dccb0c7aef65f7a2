package org.cloakroom.kiosk.backup;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Takes the scheduled backup ({@code cloakroom.backup.schedule}, nightly by default). A
 * failure was logged, audited and reported through health by {@link DatabaseBackups}; the
 * next night tries again.
 */
class NightlyBackup {

	private final DatabaseBackups backups;

	NightlyBackup(DatabaseBackups backups) {
		this.backups = backups;
	}

	@Scheduled(cron = "${cloakroom.backup.schedule:0 30 2 * * *}")
	void run() {
		try {
			this.backups.take(DatabaseBackups.SCHEDULE);
		}
		catch (BackupRefusal ex) {
			// said already: in the log, the audit log and the backup health
		}
	}

}
