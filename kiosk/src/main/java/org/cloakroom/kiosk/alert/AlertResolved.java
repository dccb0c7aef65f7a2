package org.cloakroom.kiosk.alert;

import org.cloakroom.kiosk.audit.AuditType;

/** An officer ({@code by}) resolved an alert, saying how in the note. */
@AuditType("AlertResolved")
public record AlertResolved(long alertId, String alertSubject, String by, String note) implements AlertStepEvent {

	@Override
	public String change() {
		return "resolved";
	}

}
