package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An admin drove one lock unlocked for {@code length} from the console to hear it work;
 * the locker held no phone and kept its {@code state}.
 */
@AuditType("LockTestPulsed")
public record LockTestPulsed(LockerId lockerId, LockerState state, String by, Duration length,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

}
