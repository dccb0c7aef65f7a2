package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * The kiosk enclosure's tamper input changed ({@code atStartup}: read open when the kiosk
 * started). An open enclosure is an alert: the Pi, its wiring and the lock relays are
 * reachable.
 */
@AuditType("KioskEnclosureChanged")
public record KioskEnclosureChanged(boolean open, boolean atStartup, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

	@Override
	public boolean alert() {
		return this.open;
	}

}
