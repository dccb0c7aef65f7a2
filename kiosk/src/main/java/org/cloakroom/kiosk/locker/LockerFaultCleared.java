package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An officer inspected a locker in FAULT and cleared it: {@code after} is OCCUPIED when
 * it still holds a session (the phone stays for its owner), FREE otherwise.
 */
@AuditType("LockerFaultCleared")
public record LockerFaultCleared(LockerId lockerId, LockerFault fault, LockerState after,
		@JsonProperty("sessionId") StorageId storageId, String by, String note, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

}
