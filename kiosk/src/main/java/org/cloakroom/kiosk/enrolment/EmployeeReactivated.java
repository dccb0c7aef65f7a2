package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A deactivated employee was reactivated {@code by} a console user: the kiosk admits them
 * again.
 */
@AuditType("EmployeeReactivated")
public record EmployeeReactivated(EmployeeId employeeId, String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
