package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An employee's name or preferred language was edited {@code by} a console user; the
 * values before and after ({@code language} null: the kiosk's default).
 */
@AuditType("EmployeeEdited")
public record EmployeeEdited(EmployeeId employeeId, String previousName, String name, String previousLanguage,
		String language, String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
