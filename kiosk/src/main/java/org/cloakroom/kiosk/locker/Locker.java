package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.locker.OpenDoor.Stage;
import org.cloakroom.kiosk.locker.Unlock.Purpose;

/**
 * One locker's state machine: FREE → STORING → STORED → COLLECTING → FREE, with FAULT and
 * OUT_OF_SERVICE beside them. Its sub-states are values in its {@link LockerRow}: the
 * {@link Unlock}, the {@link OpenDoor} and the {@link LockerFault}. {@link LockerRules}
 * says which steps each state allows. It collects the events of its steps, which
 * {@link Lockers} publishes in the transaction that saves it.
 */
final class Locker {

	private LockerRow row;

	private final List<AuditableEvent> events = new ArrayList<>();

	Locker(LockerRow row) {
		this.row = row;
	}

	/** Takes the label and position from the wiring file; false if they are unchanged. */
	boolean rewire(Place place) {
		boolean moved = !place.equals(this.row.place());
		this.row = this.row.withPlace(place);
		return moved;
	}

	void unlockForStoring(StorageId storage, Instant now, Duration timeout) {
		LockerRules.mayStore(this.row);
		this.row = this.row.unlocked(LockerState.STORING, storage, Unlock.until(Purpose.STORE, now.plus(timeout)));
		this.events.add(new LockerReserved(id(), storage, this.row.unlock().deadline(), now));
	}

	void unlockForCollecting(StorageId storage, Instant now, Duration timeout) {
		LockerRules.mayCollect(this.row, storage);
		this.row = this.row.unlocked(LockerState.COLLECTING, storage, Unlock.until(Purpose.COLLECT, now.plus(timeout)));
		this.events.add(new LockerReleaseStarted(id(), storage, this.row.unlock().deadline(), now));
	}

	/**
	 * A door opening is a fact, never refused. While unlocked it counts (the lock is
	 * driven locked again); while locked it is forced: FAULT, keeping the storage.
	 */
	void doorOpened(Instant now) {
		doorOpened(now, false);
	}

	/**
	 * As {@link #doorOpened(Instant)}; during an emergency release ({@code released}) a
	 * locker without an unlock of its own was let go all the same: not forced.
	 */
	void doorOpened(Instant now, boolean released) {
		Unlock unlock = this.row.unlock();
		if (!isFlapping()) {
			this.events.add(new LockerDoorOpened(id(), this.row.state(), unlock != null || released, now));
		}
		this.row = this.row.doorOpenAt(now);
		if (unlock != null) {
			this.row = this.row.withUnlock(unlock.withDoorOpened());
		}
		else if (this.row.state() != LockerState.FAULT && !released) {
			LockerState before = this.row.state();
			this.row = this.row.faulted(LockerFault.FORCED);
			this.events.add(new LockerForced(id(), before, this.row.storage(), now));
		}
	}

	/**
	 * Closing the door after it opened completes a storing, a collection or an admin's
	 * visit.
	 */
	void doorClosed(Instant now, Occupancy tray, int storingAttempts, Duration retryTimeout) {
		if (!isFlapping()) {
			this.events.add(new LockerDoorClosed(id(), this.row.state(), now));
		}
		this.row = this.row.withOpenDoor(null);
		Unlock unlock = this.row.unlock();
		if (unlock == null || !unlock.doorOpened()) {
			return;
		}
		LockerState state = this.row.state();
		if (state == LockerState.STORING && tray == Occupancy.EMPTY) {
			closedEmpty(unlock.closedEmpty(now.plus(retryTimeout)), storingAttempts, now);
		}
		else if (state == LockerState.STORING) {
			this.row = this.row.settled(LockerState.STORED, this.row.storage());
			this.events.add(new LockerOccupied(id(), this.row.storage(), now));
		}
		else if (state == LockerState.COLLECTING) {
			StorageId collected = this.row.storage();
			this.row = this.row.settled(LockerState.FREE, null);
			this.events.add(new LockerFreed(id(), collected, now));
		}
		else { // an admin's visit to a locker without phones is over
			this.row = this.row.withUnlock(null);
		}
	}

	/** Ends an unlock whose deadline passed without its door opening. */
	void expire(Instant now) {
		Unlock unlock = this.row.unlock();
		if (unlock == null || !unlock.expiredAt(now)) {
			return;
		}
		LockerState state = this.row.state();
		StorageId held = this.row.storage();
		if (state == LockerState.STORING) {
			this.row = this.row.settled(LockerState.FREE, null);
			this.events.add((unlock.emptyCloses() > 0)
					? new LockerDepositNotConfirmed(id(), held, unlock.emptyCloses(),
							"the time ran out after the door closed on an empty tray", now)
					: new LockerReservationExpired(id(), held, now));
		}
		else if (state == LockerState.COLLECTING) {
			this.row = this.row.settled(LockerState.STORED, this.row.storage());
			this.events.add(new LockerReleaseExpired(id(), held, now));
		}
		else {
			this.row = this.row.withUnlock(null);
			this.events.add(new LockerAdminOpenExpired(id(), state, now));
		}
	}

	/** Raises the held-open alert, then its escalation, as the door stays open. */
	void checkHeldOpen(Instant now, Duration limit, Duration escalation) {
		for (Stage next : List.of(Stage.ALERTED, Stage.ESCALATED)) {
			OpenDoor open = this.row.openDoor();
			if (open != null && open.due(next, now, limit, escalation)) {
				this.row = this.row.withOpenDoor(open.at(next));
				LockerState state = this.row.state();
				StorageId held = this.row.storage();
				this.events.add((next == Stage.ALERTED) ? new LockerDoorHeldOpen(id(), state, held, open.since(), now)
						: new LockerDoorHeldOpenEscalated(id(), state, held, open.since(), now));
			}
		}
	}

	/** A sensor flapped: FAULT, locked, keeping the storage. */
	void flapped(String sensor, int changes, Duration window, Instant now) {
		LockerState before = this.row.state();
		if (before != LockerState.FAULT) {
			this.row = this.row.faulted(LockerFault.FLAPPING);
			this.events.add(new LockerSensorFlapping(id(), sensor, changes, window, before, this.row.storage(), now));
		}
	}

	/**
	 * The controller its lock or sensors are on stopped answering: FAULT, locked, keeping
	 * the storage; a locker already in FAULT keeps its fault, one out of service stays so
	 * (it holds nothing). False when nothing changed.
	 */
	boolean controllerSilent() {
		LockerState state = this.row.state();
		if (state == LockerState.FAULT || state == LockerState.OUT_OF_SERVICE) {
			return false;
		}
		this.row = this.row.faulted(LockerFault.CONTROLLER_SILENT);
		return true;
	}

	/**
	 * An admin unlocks the locker: with phones inside a collection by the admin
	 * (COLLECTING), otherwise in the state it is in, until its door closes again.
	 */
	void openByAdmin(String by, String reason, Instant now, Duration timeout) {
		LockerRules.mayOpenByAdmin(this.row);
		LockerState before = this.row.state();
		Unlock admin = Unlock.until(Purpose.ADMIN, now.plus(timeout));
		LockerState next = (before == LockerState.STORED) ? LockerState.COLLECTING : before;
		this.row = (before == LockerState.FAULT) ? this.row.withUnlock(admin)
				: this.row.unlocked(next, this.row.storage(), admin);
		StorageId held = this.row.storage();
		this.events.add(new LockerOpenedByAdmin(id(), before, held, by, reason, admin.deadline(), now));
		if (next == LockerState.COLLECTING) {
			this.events.add(new LockerReleaseStarted(id(), held, admin.deadline(), now));
		}
	}

	/** Out of use: only a locker that holds no storage, FREE or in FAULT. */
	void takeOutOfService(String by, String reason, Instant now) {
		LockerRules.mayTakeOutOfService(this.row);
		LockerState before = this.row.state();
		this.row = this.row.settled(LockerState.OUT_OF_SERVICE, null);
		this.events.add(new LockerTakenOutOfService(id(), before, by, reason, now));
	}

	void returnToService(String by, String reason, boolean doorOpen, Occupancy tray, Instant now) {
		LockerRules.mayReturnToService(this.row, doorOpen, tray);
		this.row = this.row.settled(LockerState.FREE, null);
		this.events.add(new LockerReturnedToService(id(), by, reason, now));
	}

	/**
	 * The console's test pulse: only a locker that holds no phone and is not unlocked;
	 * its state stays.
	 */
	void testPulse(String by, Duration length, Instant now) {
		LockerRules.mayTestPulse(this.row);
		this.events.add(new LockTestPulsed(id(), this.row.state(), by, length, now));
	}

	/** An officer inspected it: STORED again if it holds a storage, FREE otherwise. */
	void clearFault(String by, String note, boolean doorOpen, Instant now) {
		LockerRules.mayClearFault(this.row, doorOpen);
		LockerFault cleared = this.row.fault();
		StorageId storage = this.row.storage();
		this.row = this.row.settled((storage != null) ? LockerState.STORED : LockerState.FREE, storage);
		this.events.add(new LockerFaultCleared(id(), cleared, this.row.state(), this.row.storage(), by, note, now));
	}

	/**
	 * Locks the locker at start-up, settled or in FAULT as {@link StartupRecovery} finds
	 * ({@code released}: during an emergency release, where open doors are expected).
	 */
	void recoverAtStartup(boolean doorOpen, Occupancy tray, Instant now) {
		recoverAtStartup(doorOpen, tray, now, false);
	}

	void recoverAtStartup(boolean doorOpen, Occupancy tray, Instant now, boolean released) {
		StartupRecovery.Recovered recovered = StartupRecovery.recover(this.row, doorOpen, tray, now, released);
		this.row = recovered.row();
		recovered.event().ifPresent(this.events::add);
	}

	List<AuditableEvent> takeEvents() {
		List<AuditableEvent> taken = List.copyOf(this.events);
		this.events.clear();
		return taken;
	}

	/** Whether the lock output should be at its unlocked level now. */
	boolean wantsUnlocked() {
		return this.row.unlock() != null && !this.row.unlock().doorOpened();
	}

	LockerId id() {
		return this.row.id();
	}

	LockerRow row() {
		return this.row;
	}

	void saved(long version) {
		this.row = this.row.withVersion(version);
	}

	private boolean isFlapping() {
		return this.row.fault() == LockerFault.FLAPPING;
	}

	/**
	 * A storing's door closed on an empty tray: ask again, or give up after the last try.
	 */
	private void closedEmpty(Unlock again, int storingAttempts, Instant now) {
		StorageId held = this.row.storage();
		int closes = again.emptyCloses();
		if (closes >= storingAttempts) {
			this.row = this.row.settled(LockerState.FREE, null);
			this.events.add(new LockerDepositNotConfirmed(id(), held, closes,
					"the door closed on an empty tray " + closes + " times", now));
		}
		else {
			this.row = this.row.withUnlock(again);
			this.events.add(new LockerClosedEmpty(id(), held, closes, storingAttempts - closes, again.deadline(), now));
		}
	}

}
