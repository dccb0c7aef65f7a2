package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * At start-up a locker was found mid-transition and settled, locked (or found still in
 * FAULT, {@code fault} saying which); {@code reason} says why, as a code whose words are
 * in the message bundle.
 */
@AuditType("LockerRecoveredAtStartup")
public record LockerRecoveredAtStartup(LockerId lockerId, LockerState before, LockerState after,
		@JsonProperty("sessionId") StorageId storageId, RecoveryReason reason, LockerFault fault,
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
