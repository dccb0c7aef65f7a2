package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An employee was enrolled, {@code by} the console user (null in logs written before it
 * was named).
 */
@AuditType("EmployeeEnrolled")
public record EmployeeEnrolled(EmployeeId employeeId, String name, String badgeId,
		String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
