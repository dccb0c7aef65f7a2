package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** The kiosk refused a deactivated employee who identified with their badge. */
@AuditType("DeactivatedEmployeeRefused")
public record DeactivatedEmployeeRefused(EmployeeId employeeId, String badgeId) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
