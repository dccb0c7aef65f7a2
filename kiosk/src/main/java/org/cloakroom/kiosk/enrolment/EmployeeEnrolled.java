package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** An employee was enrolled. */
@AuditType("EmployeeEnrolled")
public record EmployeeEnrolled(EmployeeId employeeId, String name, String badgeId) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
