package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.util.List;

import org.cloakroom.kiosk.BidiControls;
import org.cloakroom.kiosk.locker.gpio.LockerIo;

import org.springframework.stereotype.Service;

/**
 * The locker bank as pages and admins see it: the lockers, and what an admin does to one.
 * Storing and collecting phones is {@link Storages}'; what the sensors say is
 * {@link LockerDoors}'. Every step is persisted, with its audit event, before the lock is
 * told ({@link LockerTransitions}).
 */
@Service
public class Lockers {

	private final LockerTransitions transitions;

	private final LockerIo io;

	private final LockerProperties properties;

	Lockers(LockerTransitions transitions, LockerIo io, LockerProperties properties) {
		this.transitions = transitions;
		this.io = io;
		this.properties = properties;
	}

	public List<LockerView> all() {
		return this.transitions.all().stream().map(this.transitions::view).toList();
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown id
	 */
	public LockerView get(LockerId lockerId) {
		return this.transitions.view(this.transitions.find(lockerId));
	}

	/** What the locker's occupancy sensor reads now: UNKNOWN without one. */
	public Occupancy occupancy(LockerId lockerId) {
		return this.io.occupancy(this.transitions.find(lockerId).id().value());
	}

	public long freeCount() {
		return this.transitions.all()
			.stream()
			.filter((locker) -> locker.row().state() == LockerState.FREE && !locker.row().isAdminOpen())
			.count();
	}

	/**
	 * An admin unlocks a locker remotely. With a phone inside it is a collection by the
	 * admin: RELEASING, and the storage follows.
	 * @throws IllegalStateException naming the locker and its state when it is already
	 * unlocked, or in FAULT with a phone inside
	 */
	public LockerView openByAdmin(LockerId lockerId, String by, String reason) {
		requireText("by", by);
		requireText("reason", reason);
		return this.transitions.change(lockerId, (locker, now) -> {
			this.transitions.refuseWhileReleased();
			locker.openByAdmin(by, reason, now, this.properties.adminOpenTimeout());
		});
	}

	/**
	 * Takes a locker that holds no phone (FREE, or FAULT without a storage) out of use.
	 * @throws IllegalStateException naming the locker, its state and its storage
	 * otherwise
	 */
	public LockerView takeOutOfService(LockerId lockerId, String by, String reason) {
		requireText("by", by);
		requireText("reason", reason);
		return this.transitions.change(lockerId, (locker, now) -> {
			this.transitions.refuseWhileReleased();
			locker.takeOutOfService(by, reason, now);
		});
	}

	/**
	 * Puts an out-of-service locker back in use, FREE.
	 * @throws IllegalStateException when it is not out of service, its door reads open or
	 * its tray reads occupied
	 */
	public LockerView returnToService(LockerId lockerId, String by, String reason) {
		requireText("by", by);
		requireText("reason", reason);
		return this.transitions.change(lockerId, (locker, now) -> {
			this.transitions.refuseWhileReleased();
			locker.returnToService(by, reason, this.io.isDoorOpen(lockerId.value()),
					this.io.occupancy(lockerId.value()), now);
		});
	}

	/**
	 * Clears a FAULT after an officer's inspection: OCCUPIED if the locker holds a
	 * storage, FREE otherwise.
	 * @throws IllegalStateException when it is not in FAULT or its door reads open
	 */
	public LockerView clearFault(LockerId lockerId, String by, String note) {
		requireText("by", by);
		requireText("note", note);
		return this.transitions.change(lockerId, (locker, now) -> {
			this.transitions.refuseWhileReleased();
			locker.clearFault(by, note, this.io.isDoorOpen(lockerId.value()), now);
		});
	}

	/**
	 * Drives one lock unlocked for {@code cloakroom.locker.test-pulse} (a pulse-mode
	 * lock: its wired pulse), audited first, to hear it work. The locker keeps its state;
	 * a door opened during the pulse counts as forced, as it would without one.
	 * @throws LockerRefusal while it holds a phone, is unlocked, or during an emergency
	 * release
	 */
	public LockerView testPulse(LockerId lockerId, String by) {
		requireText("by", by);
		Duration length = this.properties.testPulse();
		LockerView pulsed = this.transitions.change(lockerId, (locker, now) -> {
			this.transitions.refuseWhileReleased();
			locker.testPulse(by, length, now);
		});
		this.io.testPulse(lockerId.value(), length);
		return pulsed;
	}

	private static void requireText(String field, String value) {
		if (value == null || value.isBlank()) {
			throw LockerRefusal.blank(field);
		}
		BidiControls.refuse(field, value);
	}

}
