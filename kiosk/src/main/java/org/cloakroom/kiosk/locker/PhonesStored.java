package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/**
 * The employee's phones are in the locked locker. Like every storage event, it keeps the
 * storage's id under the name the log has always used, {@code sessionId}.
 */
@AuditType("PhonesStored")
public record PhonesStored(@JsonProperty("sessionId") StorageId storageId, EmployeeId employeeId, LockerId lockerId,
		Set<PhoneId> phoneIds, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
