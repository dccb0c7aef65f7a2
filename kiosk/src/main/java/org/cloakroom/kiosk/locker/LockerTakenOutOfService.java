package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An admin took the locker out of use; it is locked and never reserved until it returns.
 */
@AuditType("LockerTakenOutOfService")
public record LockerTakenOutOfService(LockerId lockerId, LockerState before, String by, String reason,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

}
