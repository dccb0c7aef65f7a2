package org.cloakroom.kiosk.alert;

import org.cloakroom.kiosk.audit.AuditType;

/** An officer ({@code by}) acknowledged an alert, with a note or none. */
@AuditType("AlertAcknowledged")
public record AlertAcknowledged(long alertId, String alertSubject, String by, String note) implements AlertStepEvent {

	@Override
	public String change() {
		return "acknowledged";
	}

}
