package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * The door has been open longer than {@code cloakroom.locker.held-open-limit}; the buzzer
 * sounds.
 */
@AuditType("LockerDoorHeldOpen")
public record LockerDoorHeldOpen(LockerId lockerId, LockerState state, @JsonProperty("sessionId") StorageId storageId,
		Instant openSince, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

	@Override
	public boolean alert() {
		return true;
	}

}
