package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;

/**
 * A storage was set right after its locker was: at start-up, or when an officer cleared
 * the locker's fault. {@code before} and {@code after} are a {@link StorageStage} or a
 * {@link StorageEnd}; {@code lockerId} is null when no locker held it.
 */
@AuditType("StorageSessionRecovered")
public record StorageRecovered(@JsonProperty("sessionId") StorageId storageId, EmployeeId employeeId, LockerId lockerId,
		String before, String after, String explanation, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
