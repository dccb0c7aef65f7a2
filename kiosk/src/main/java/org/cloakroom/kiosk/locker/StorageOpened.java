package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/** A storage was opened for an employee's phones, as a locker is unlocked for them. */
@AuditType("StorageSessionOpened")
public record StorageOpened(@JsonProperty("sessionId") StorageId storageId, EmployeeId employeeId,
		Set<PhoneId> phoneIds, int unenrolledPhones, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
