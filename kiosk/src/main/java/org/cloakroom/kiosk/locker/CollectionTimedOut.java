package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;

/**
 * A collection was not completed in time; the locker is locked again with the phones
 * inside.
 */
@AuditType("CollectionTimedOut")
public record CollectionTimedOut(@JsonProperty("sessionId") StorageId storageId, EmployeeId employeeId,
		LockerId lockerId, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
