package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;

/**
 * The area door's release was pulsed for an employee with no phone left to store;
 * {@code wired} is false where the wiring has no release output (nothing was pulsed).
 */
@AuditType("AreaDoorReleased")
public record AreaDoorReleased(EmployeeId employeeId, String because, boolean wired,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
