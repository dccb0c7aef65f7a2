package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** A locker was reserved for a storage session and unlocked until {@code deadline}. */
@AuditType("LockerReserved")
public record LockerReserved(LockerId lockerId, @JsonProperty("sessionId") StorageId storageId, Instant deadline,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

}
