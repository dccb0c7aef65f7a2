package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;

/**
 * A storage ended without its phones going in: the locker was not used in time, or none
 * was free ({@code lockerId} null).
 */
@AuditType("StorageAbandoned")
public record StorageAbandoned(@JsonProperty("sessionId") StorageId storageId, EmployeeId employeeId, LockerId lockerId,
		String because, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
