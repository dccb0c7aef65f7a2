package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * At start-up the door of a locker that should be shut (FREE or OCCUPIED) read open: it
 * may have been forced while the kiosk was down.
 */
@AuditType("LockerDoorOpenAtStartup")
public record LockerDoorOpenAtStartup(LockerId lockerId, LockerState state, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

	@Override
	public boolean alert() {
		return true;
	}

}
