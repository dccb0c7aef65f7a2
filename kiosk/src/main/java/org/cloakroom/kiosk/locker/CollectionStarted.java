package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;

/** The employee's locker is unlocked for them to take their phones back. */
@AuditType("CollectionStarted")
public record CollectionStarted(@JsonProperty("sessionId") StorageId storageId, EmployeeId employeeId,
		LockerId lockerId, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
