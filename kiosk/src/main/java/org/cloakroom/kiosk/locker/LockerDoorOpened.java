package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A locker door sensor read open; {@code state} is the locker state at that moment and
 * {@code commanded} whether an unlock (deposit, collection, admin open) allowed it. An
 * uncommanded opening of a locked locker is reported as {@link LockerForced}; one of a
 * locker already in FAULT is an alert of its own.
 */
@AuditType("LockerDoorOpened")
public record LockerDoorOpened(LockerId lockerId, LockerState state, boolean commanded,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

	@Override
	public boolean alert() {
		return !this.commanded && this.state == LockerState.FAULT;
	}

}
