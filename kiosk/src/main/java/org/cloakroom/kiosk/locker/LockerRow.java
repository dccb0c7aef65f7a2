package org.cloakroom.kiosk.locker;

import java.time.Instant;

/**
 * A locker's state as a value: what {@link Locker} moves from one step to the next and
 * {@link LockerTable} reads and writes. {@code storage}, {@code unlock} and
 * {@code openDoor} are null when there is none; {@code fault} says which fault holds the
 * locker, and exists only in FAULT; {@code version} is null before the first save.
 */
record LockerRow(LockerId id, Place place, LockerState state, StorageId storage, Unlock unlock, LockerFault fault,
		OpenDoor openDoor, Long version) {

	LockerRow {
		if ((state == LockerState.FAULT) != (fault != null)) {
			throw new IllegalArgumentException("Locker " + id + " in " + state + " cannot have fault " + fault);
		}
	}

	/** A locker new to the table: FREE and locked. */
	static LockerRow free(LockerId id, Place place) {
		return new LockerRow(id, place, LockerState.FREE, null, null, null, null, null);
	}

	/** In {@code next} for {@code storage}, the lock let go as {@code unlock} says. */
	LockerRow unlocked(LockerState next, StorageId storage, Unlock unlock) {
		return new LockerRow(this.id, this.place, next, storage, unlock, null, this.openDoor, this.version);
	}

	/** In {@code next} for {@code storage} (null: none), locked. */
	LockerRow settled(LockerState next, StorageId storage) {
		return unlocked(next, storage, null);
	}

	/** In FAULT, locked, keeping its storage. */
	LockerRow faulted(LockerFault why) {
		return new LockerRow(this.id, this.place, LockerState.FAULT, this.storage, null, why, this.openDoor,
				this.version);
	}

	/** The door reads open; since {@code now} unless it already did. */
	LockerRow doorOpenAt(Instant now) {
		return (this.openDoor != null) ? this : withOpenDoor(OpenDoor.since(now));
	}

	LockerRow withUnlock(Unlock unlock) {
		return new LockerRow(this.id, this.place, this.state, this.storage, unlock, this.fault, this.openDoor,
				this.version);
	}

	LockerRow withOpenDoor(OpenDoor openDoor) {
		return new LockerRow(this.id, this.place, this.state, this.storage, this.unlock, this.fault, openDoor,
				this.version);
	}

	LockerRow withPlace(Place place) {
		return new LockerRow(this.id, place, this.state, this.storage, this.unlock, this.fault, this.openDoor,
				this.version);
	}

	LockerRow withVersion(long version) {
		return new LockerRow(this.id, this.place, this.state, this.storage, this.unlock, this.fault, this.openDoor,
				version);
	}

	LockerView view(boolean doorOpen) {
		boolean unlocked = this.unlock != null;
		return new LockerView(this.id, this.place.label(), this.place.row(), this.place.column(), this.state,
				this.storage, doorOpen, unlocked ? this.unlock.deadline() : null, this.fault, isAdminOpen(),
				unlocked ? this.unlock.emptyCloses() : 0);
	}

	boolean isAdminOpen() {
		return this.unlock != null && this.unlock.isAdmin();
	}

}
