package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A deposit completed: the door opened and closed, the locker is locked with the phone
 * inside.
 */
@AuditType("LockerOccupied")
public record LockerOccupied(LockerId lockerId, @JsonProperty("sessionId") StorageId storageId,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

}
