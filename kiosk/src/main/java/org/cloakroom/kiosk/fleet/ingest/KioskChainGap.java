package org.cloakroom.kiosk.fleet.ingest;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * ALERT (HIGH): central will never hold a kiosk's entries {@code fromSequence} to
 * {@code toSequence}: the kiosk said it no longer holds them ({@code declared}), or its
 * batch jumped over them (its own log lacks them). The entries after are taken.
 */
@AuditType("KioskChainGap")
public record KioskChainGap(long kioskId, String name, String site, long fromSequence, long toSequence,
		boolean declared) implements AuditableEvent, RaisesAlert {

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
