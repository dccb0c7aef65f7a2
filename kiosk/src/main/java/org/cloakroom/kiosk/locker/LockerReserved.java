package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** A locker was reserved for a storage session and unlocked until {@code deadline}. */
@AuditType("LockerReserved")
public record LockerReserved(int lockerId, long sessionId, Instant deadline, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId);
	}

}
