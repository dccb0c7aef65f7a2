package org.cloakroom.kiosk.fleet.retention;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * The {@code entries} kiosk entries recorded from {@code from} to {@code to} were written
 * to {@code file} (gzip JSON lines, SHA-256 {@code fileSha256}) and their partition
 * dropped from central's database.
 */
@AuditType("FleetPartitionArchived")
public record FleetPartitionArchived(String partition, Instant from, Instant to, long entries, String file,
		String fileSha256) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.fleetPartition(this.partition);
	}

}
