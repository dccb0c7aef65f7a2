package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An employee was deactivated {@code by} a console user, {@code because} of the reason
 * given: the kiosk refuses them from now on; their history and phones stay.
 */
@AuditType("EmployeeDeactivated")
public record EmployeeDeactivated(EmployeeId employeeId, String because, String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
