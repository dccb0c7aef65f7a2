package org.cloakroom.kiosk.fleet.ingest;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * ALERT (HIGH): a checkpoint a kiosk forwarded does not hold: its Ed25519 signature does
 * not verify with the kiosk's key {@code signingKey} ({@code heldHash} null), or it names
 * entry {@code sequence} with {@code checkpointHash} while central holds that entry with
 * {@code heldHash}. {@code checkpoint} is its text, kept here as the evidence.
 */
@AuditType("KioskCheckpointContradicted")
public record KioskCheckpointContradicted(long kioskId, String name, String site, long sequence, String signingKey,
		String checkpointHash, String heldHash, boolean signatureFails,
		String checkpoint) implements AuditableEvent, RaisesAlert {

	@Override
	public AuditSubject subject() {
		return AuditSubject.registeredKiosk(this.name);
	}

	@Override
	public boolean alert() {
		return true;
	}

	@Override
	public AlertSeverity severity() {
		return AlertSeverity.HIGH;
	}

}
