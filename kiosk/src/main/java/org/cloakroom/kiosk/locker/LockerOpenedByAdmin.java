package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An admin unlocked the locker remotely until {@code deadline}; {@code by} and
 * {@code reason} say who and why. With a phone inside it is a collection by the admin (an
 * alert: someone else's phone was made reachable).
 */
@AuditType("LockerOpenedByAdmin")
public record LockerOpenedByAdmin(LockerId lockerId, LockerState before, @JsonProperty("sessionId") StorageId storageId,
		String by, String reason, Instant deadline, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

	@Override
	public boolean alert() {
		return this.storageId != null;
	}

}
