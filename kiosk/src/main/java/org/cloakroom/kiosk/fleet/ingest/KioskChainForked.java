package org.cloakroom.kiosk.fleet.ingest;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * ALERT (HIGH): a kiosk sent entry {@code sequence} that contradicts its chain as central
 * holds it: {@code sentHash} differs from the {@code heldHash} central has for that
 * sequence, or (when {@code heldHash} is the head's) the entry does not link to it
 * ({@code sentPreviousHash}). A kiosk restored from an old backup does this. Central
 * takes nothing more from it until an admin resolves the fork.
 */
@AuditType("KioskChainForked")
public record KioskChainForked(long kioskId, String name, String site, long sequence, String heldHash, String sentHash,
		String sentPreviousHash, boolean unlinked) implements AuditableEvent, RaisesAlert {

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
