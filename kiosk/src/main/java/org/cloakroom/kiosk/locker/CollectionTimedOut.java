package org.cloakroom.kiosk.locker;

import java.time.Instant;

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
	public String subject() {
		return "employee:" + this.employeeId;
	}

}
