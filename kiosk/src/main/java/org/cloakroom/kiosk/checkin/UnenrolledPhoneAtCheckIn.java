package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;

/**
 * Phones that nobody enrolled were at the door while an employee checked in, and the area
 * policy says to alert security rather than require storage. {@code deviceKeys} are keyed
 * hashes, never addresses.
 */
@AuditType("UnenrolledPhoneAtCheckIn")
public record UnenrolledPhoneAtCheckIn(EmployeeId employeeId, List<String> deviceKeys, List<String> kinds,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

	@Override
	public boolean alert() {
		return true;
	}

}
