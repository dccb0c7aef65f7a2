package org.cloakroom.kiosk.fleet.forward;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * ALERT: central refused this kiosk's log for good ({@code code}:
 * {@code fleet-chain-forked} at {@code sequence}, the kiosk's chain contradicting
 * central's copy, as after a restore from an old backup; or {@code fleet-kiosk-revoked}),
 * so the kiosk stopped forwarding with entries after {@code acknowledged} not at central.
 * It works on and keeps its log; an admin resolves it centrally and restarts the kiosk
 * (README, "A central instance").
 */
@AuditType("ForwardingStopped")
public record ForwardingStopped(String central, long kiosk, String code, Long sequence, long acknowledged,
		String reason) implements AuditableEvent, RaisesAlert {

	static final String EPISODE = "fleet-forwarding";

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

	@Override
	public boolean alert() {
		return true;
	}

	@Override
	public AlertSeverity severity() {
		return AlertSeverity.HIGH;
	}

	@Override
	public String episodeKey() {
		return EPISODE;
	}

}
