package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * The door closed after a deposit while the occupancy sensor read an empty tray: the
 * deposit is not complete. The locker stays reserved and unlocked for another try until
 * {@code deadline}; {@code attemptsLeft} more empty closes are allowed.
 */
@AuditType("LockerClosedEmpty")
public record LockerClosedEmpty(LockerId lockerId, @JsonProperty("sessionId") StorageId storageId, int attempt,
		int attemptsLeft, Instant deadline, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

}
