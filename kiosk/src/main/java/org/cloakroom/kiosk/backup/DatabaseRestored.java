package org.cloakroom.kiosk.backup;

import java.time.Instant;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * The database was restored from the backup {@code backup} at {@code restoredAt} by
 * {@code by} with {@code backup restore}, recorded at the next start. The restored log
 * ends at entry {@code chainHeadSequence} (written at {@code chainHeadAt}); the entries
 * after it are new. When checkpoints signed after the backup named later entries, entries
 * {@code lostFromSequence} to {@code lostToSequence} (at least: any written after the
 * newest checkpoint are not known) were lost with the restore: written after
 * {@code chainHeadAt} and before {@code lostToCheckpointAt}, when the newest of those
 * checkpoints was signed; the checkpoints that name them are in
 * {@code checkpointsMovedTo}. A restore that lost entries is an alert entry (a HIGH alert
 * an officer acknowledges: the gap needs its reason recorded); one that lost nothing is a
 * notice.
 */
@AuditType("DatabaseRestored")
public record DatabaseRestored(String backup, long chainHeadSequence, Instant chainHeadAt, Long lostFromSequence,
		Long lostToSequence, Instant lostToCheckpointAt, String checkpointsMovedTo, Instant restoredAt,
		String by) implements AuditableEvent, RaisesAlert {

	static DatabaseRestored from(RestoreMarker marker, Instant chainHeadAt) {
		return new DatabaseRestored(marker.backup(), marker.chainHeadSequence(), chainHeadAt,
				marker.lostEntries() ? marker.chainHeadSequence() + 1 : null, marker.lostToSequence(),
				marker.lostToCheckpointAt(), marker.checkpointsMovedTo(), marker.restoredAt(),
				(marker.by() != null) ? marker.by() : "unknown");
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

	@Override
	public boolean alert() {
		return this.lostToSequence != null;
	}

	@Override
	public AlertSeverity severity() {
		return alert() ? AlertSeverity.HIGH : AlertSeverity.NOTICE;
	}

}
