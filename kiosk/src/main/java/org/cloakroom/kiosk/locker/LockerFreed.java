package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** A collection completed: the door opened and closed, the locker is locked and free. */
@AuditType("LockerFreed")
public record LockerFreed(int lockerId, long sessionId, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId);
	}

}
