package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/** The employee took their phones back and closed the locker; the storage ended. */
@AuditType("PhonesCollected")
public record PhonesCollected(@JsonProperty("sessionId") StorageId storageId, EmployeeId employeeId, LockerId lockerId,
		Set<PhoneId> phoneIds, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
