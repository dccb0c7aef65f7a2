package org.cloakroom.kiosk.fleet.forward;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An alerting event of the forwarding tests naming an employee and a check-in, standing
 * in for any module's alert (the search indexes both, the alerts queue opens one).
 */
@AuditType("ForwardingAlertTested")
record ForwardingAlertTested(AuditSubject subject, long employeeId,
		String checkInId) implements AuditableEvent, RaisesAlert {

	static ForwardingAlertTested of(long employeeId, String checkInId) {
		return new ForwardingAlertTested(AuditSubject.employee(employeeId), employeeId, checkInId);
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
