package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.util.ArrayList;
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

	/** Who takes lockers out of service after a restore. */
	static final String RESTORE = "kiosk";

	private final LockerTransitions transitions;

	private final LockerIo io;

	private final LockerProperties properties;

	private final ControllerWatch controllers;

	Lockers(LockerTransitions transitions, LockerIo io, LockerProperties properties, ControllerWatch controllers) {
		this.controllers = controllers;
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
	 * After a restore that lost entries: a locker the restored database holds FREE may
	 * hold a phone stored after the backup, so each is taken out of service by the kiosk
	 * (the same step and {@link LockerTakenOutOfService} as an admin's) until an admin
	 * has looked inside and returns it to service. Lockers holding a storage or in FAULT
	 * keep their state: the start-up recovery reconciles them with their sensors. Called
	 * before the lockers' start-up, so no check-in can be given one.
	 * @return the lockers taken out of service
	 */
	public List<LockerView> takeFreeOutOfServiceAfterRestore(String backup) {
		requireText("backup", backup);
		String reason = "to be checked after the restore of " + backup
				+ ": a phone stored after the backup may be inside";
		List<LockerView> taken = new ArrayList<>();
		for (Locker free : this.transitions.all()) {
			if (free.row().state() != LockerState.FREE || free.row().isAdminOpen()) {
				continue;
			}
			this.transitions.run((now) -> {
				Locker locker = this.transitions.find(free.id());
				locker.takeOutOfService(RESTORE, reason, now);
				return locker;
			}, false).ifPresent(taken::add);
		}
		return taken;
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
			this.controllers.silentFor(lockerId).ifPresent((controller) -> {
				throw new LockerRefusal("locker-controller-silent-blocks-clear-fault", lockerId, controller.kind(),
						controller.name());
			});
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
