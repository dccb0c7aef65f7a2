package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A phone was enrolled for an employee, {@code by} the console user (null in older logs).
 */
@AuditType("PhoneEnrolled")
public record PhoneEnrolled(PhoneId phoneId, EmployeeId employeeId, String label, Platform platform,
		String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.phone(this.phoneId.value());
	}

}
