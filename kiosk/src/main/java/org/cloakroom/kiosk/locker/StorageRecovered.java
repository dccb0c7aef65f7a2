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
 * {@code explanation} (the name the log has always used) is a reason code, never prose: a
 * {@link RecoveryReason}'s, {@code fault-cleared} (the officer's note is in the
 * {@code LockerFaultCleared} entry) or {@code stopped-before-unlock}; its words are
 * {@code recovery.<code>} and {@code storage-recovery.<code>} in
 * {@code messages/locker.properties}.
 */
@AuditType("StorageSessionRecovered")
public record StorageRecovered(@JsonProperty("sessionId") StorageId storageId, EmployeeId employeeId, LockerId lockerId,
		String before, String after, String explanation, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
