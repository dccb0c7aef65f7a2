package org.cloakroom.kiosk.locker;

import java.time.Instant;

import org.cloakroom.kiosk.locker.gpio.LockerIo;

import org.springframework.stereotype.Service;

/**
 * What the bank's sensors and its clock tell the lockers: doors and trays changing,
 * deadlines passing, doors held open, and the reading at start-up.
 */
@Service
public class LockerDoors {

	private final LockerTransitions transitions;

	private final LockerIo io;

	private final LockerProperties properties;

	private final FlapCounter flaps;

	private final LockerTable table;

	private final ControllerWatch controllers;

	LockerDoors(LockerTransitions transitions, LockerIo io, LockerProperties properties, LockerTable table,
			ControllerWatch controllers) {
		this.controllers = controllers;
		this.transitions = transitions;
		this.io = io;
		this.properties = properties;
		this.table = table;
		this.flaps = new FlapCounter(properties.flapChanges(), properties.flapWindow());
	}

	/** Fed by the door sensors, on their thread. */
	void doorChanged(int lockerId, boolean open) {
		this.transitions.change(LockerId.of(lockerId), (locker, now) -> {
			// during an emergency release doors bang as people leave: no flapping FAULT
			boolean released = this.transitions.isReleased();
			if (this.flaps.flapped(lockerId, "door", now) && !released) {
				locker.flapped("door", this.flaps.limit(), this.flaps.window(), now);
			}
			if (open) {
				locker.doorOpened(now, released);
			}
			else {
				locker.doorClosed(now, this.io.occupancy(lockerId), this.properties.depositAttempts(),
						this.properties.reservationTimeout());
			}
		});
	}

	/** Fed by the occupancy sensors, on their thread: only flapping matters here. */
	void occupancyChanged(int lockerId, Occupancy occupancy) {
		this.transitions.change(LockerId.of(lockerId), (locker, now) -> {
			if (this.flaps.flapped(lockerId, "occupancy", now) && !this.transitions.isReleased()) {
				locker.flapped("occupancy", this.flaps.limit(), this.flaps.window(), now);
			}
		});
	}

	/**
	 * Relocks and frees unlocks for storing, and relocks unlocks for collecting, whose
	 * time is up at {@code now}.
	 */
	public void expireDeadlines(Instant now) {
		for (Locker due : this.table.unlockDueBy(now)) {
			if (isWired(due)) {
				this.transitions.change(due.id(), (locker, ignored) -> locker.expire(now));
			}
		}
	}

	/**
	 * Raises the held-open alert (and sounds the buzzer), then its escalation, for doors
	 * open past {@code cloakroom.locker.held-open-limit} at {@code now}.
	 */
	public void watchDoors(Instant now) {
		if (this.transitions.isReleased()) {
			return; // doors stand open on purpose until the return to normal
		}
		Instant openSince = now.minus(this.properties.heldOpenLimit());
		for (Locker open : this.table.doorOpenSince(openSince)) {
			if (isWired(open)) {
				this.transitions.change(open.id(), (locker, ignored) -> locker.checkHeldOpen(now,
						this.properties.heldOpenLimit(), this.properties.heldOpenEscalation()));
			}
		}
	}

	/**
	 * Puts a locker into a safe state at start-up (settled if mid-transition, FAULT where
	 * the sensors disagree, unless an emergency release is in force) and drives its lock
	 * locked, or let go during an emergency release. A door on a controller silent from
	 * the start cannot be read (it reads open): it is not recorded open, or the held-open
	 * watch would raise alerts for doors nobody saw open; its locker is in FAULT already.
	 */
	void recoverAtStartup(int lockerId) {
		this.transitions.run((now) -> {
			Locker locker = this.transitions.find(LockerId.of(lockerId));
			boolean doorOpen = this.controllers.silentFor(locker.id()).isEmpty() && this.io.isDoorOpen(lockerId);
			locker.recoverAtStartup(doorOpen, this.io.occupancy(lockerId), now, this.transitions.isReleased());
			return locker;
		}, true);
	}

	private boolean isWired(Locker locker) {
		return this.transitions.isWired(locker);
	}

}
