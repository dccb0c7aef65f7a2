package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * The door sensor read open while the locker was locked and no unlock was commanded: the
 * locker went to FAULT (its session, if any, stays with it) until an officer clears it.
 */
@AuditType("LockerForced")
public record LockerForced(LockerId lockerId, LockerState before, @JsonProperty("sessionId") StorageId storageId,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

	@Override
	public boolean alert() {
		return true;
	}

}
