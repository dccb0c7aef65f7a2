package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** A collection timed out before its door was opened: relocked, the phone stays in. */
@AuditType("LockerReleaseExpired")
public record LockerReleaseExpired(LockerId lockerId, @JsonProperty("sessionId") StorageId storageId,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

}
