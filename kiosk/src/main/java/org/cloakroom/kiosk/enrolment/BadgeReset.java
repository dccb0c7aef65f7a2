package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An employee's badge was replaced {@code by} a console user: the old badge no longer
 * identifies them.
 */
@AuditType("BadgeReset")
public record BadgeReset(EmployeeId employeeId, String previousBadgeId, String badgeId,
		String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
