package org.cloakroom.kiosk.backup;

import java.time.Instant;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A backup could not be written into {@code directory}: {@code problem} says why (the
 * directory missing or not writable, the disk full). A notice on the officers' queue,
 * once until a backup succeeds again: the kiosk works on, but a lost SD card would now
 * cost more than a day.
 */
@AuditType("DatabaseBackupFailed")
public record DatabaseBackupFailed(String directory, String problem, Instant at,
		String by) implements AuditableEvent, RaisesAlert {

	static final String EPISODE = "database-backup";

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

	@Override
	public AlertSeverity severity() {
		return AlertSeverity.NOTICE;
	}

	@Override
	public String episodeKey() {
		return EPISODE;
	}

}
