package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** An occupied locker was unlocked for collection until {@code deadline}. */
@AuditType("LockerReleaseStarted")
public record LockerReleaseStarted(LockerId lockerId, @JsonProperty("sessionId") StorageId storageId, Instant deadline,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

}
