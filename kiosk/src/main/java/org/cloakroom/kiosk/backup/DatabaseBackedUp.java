package org.cloakroom.kiosk.backup;

import java.time.Instant;

import org.cloakroom.kiosk.alert.EndsAlertEpisode;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A backup of the database was written to {@code file} ({@code size} bytes) in the backup
 * directory, taken by {@code by} (a console user, or {@code schedule}); it holds the log
 * up to entry {@code chainHeadSequence}, so this entry is the first one it does not hold.
 * It ends an episode of failed backups.
 */
@AuditType("DatabaseBackedUp")
public record DatabaseBackedUp(String file, long size, long chainHeadSequence, Instant takenAt,
		String by) implements AuditableEvent, EndsAlertEpisode {

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

	@Override
	public String episodeKey() {
		return DatabaseBackupFailed.EPISODE;
	}

	@Override
	public Instant endedAt() {
		return this.takenAt;
	}

}
