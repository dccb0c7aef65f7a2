package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** A phone was enrolled for an employee. */
@AuditType("PhoneEnrolled")
public record PhoneEnrolled(PhoneId phoneId, EmployeeId employeeId, String label,
		Platform platform) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.phone(this.phoneId.value());
	}

}
