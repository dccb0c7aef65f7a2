package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A locker door sensor read open; {@code state} is the locker state at that moment. A
 * door that opens while the locker is not unlocked (FREE, OCCUPIED) is an alert.
 */
public record LockerDoorOpened(int lockerId, LockerState state, Instant at) implements AuditableEvent {

	@Override
	public String subject() {
		return "locker:" + this.lockerId;
	}

	@Override
	public boolean alert() {
		return this.state != LockerState.RESERVED && this.state != LockerState.RELEASING;
	}

}
