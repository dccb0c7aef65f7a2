package org.cloakroom.kiosk.fleet.ingest;

import java.util.List;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A registered kiosk joined with its join code and took its fleet token and wrapping key
 * (never recorded); central takes its chain after entry {@code sequence}, and trusts its
 * checkpoints signed by {@code signingKeys}.
 */
@AuditType("KioskJoined")
public record KioskJoined(long kioskId, String name, String site, long sequence,
		List<String> signingKeys) implements AuditableEvent {

	public KioskJoined {
		signingKeys = List.copyOf(signingKeys);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.registeredKiosk(this.name);
	}

}
