package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cloakroom.kiosk.audit.AuditableEvent;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * One locker's persisted state. It guards its own transitions and collects the events
 * they cause, which {@link Lockers} publishes in the transaction that saves it.
 */
class Locker {

	@Id
	private int id;

	private String label;

	private int bankRow;

	private int bankColumn;

	private LockerState state;

	private Long sessionId;

	private Instant deadline;

	private boolean doorOpened;

	@Version
	private Long version;

	private Instant updatedAt;

	@Transient
	private final List<AuditableEvent> events = new ArrayList<>();

	private Locker() {
	}

	static Locker wired(int id, String label, int row, int column, Instant now) {
		Locker locker = new Locker();
		locker.id = id;
		locker.state = LockerState.FREE;
		locker.rewire(label, row, column, now);
		return locker;
	}

	/** Takes the label and position from the wiring file. */
	boolean rewire(String label, int row, int column, Instant now) {
		if (label.equals(this.label) && row == this.bankRow && column == this.bankColumn) {
			return false;
		}
		this.label = label;
		this.bankRow = row;
		this.bankColumn = column;
		this.updatedAt = now;
		return true;
	}

	void reserve(long sessionId, Instant now, Duration timeout) {
		refuseUnless(LockerState.FREE, "reserved");
		start(LockerState.RESERVED, sessionId, now.plus(timeout), now);
		this.events.add(new LockerReserved(this.id, sessionId, this.deadline, now));
	}

	void release(long sessionId, Instant now, Duration timeout) {
		refuseUnless(LockerState.OCCUPIED, "released");
		if (!Objects.equals(this.sessionId, sessionId)) {
			throw new IllegalStateException("Locker " + this.id + " cannot be released for session " + sessionId
					+ ": it holds session " + this.sessionId);
		}
		start(LockerState.RELEASING, sessionId, now.plus(timeout), now);
		this.events.add(new LockerReleaseStarted(this.id, sessionId, this.deadline, now));
	}

	/** A door opening is a fact, never refused; it only counts while unlocked. */
	void doorOpened(Instant now) {
		this.events.add(new LockerDoorOpened(this.id, this.state, now));
		if (isUnlockedState()) {
			this.doorOpened = true;
			this.updatedAt = now;
		}
	}

	/** Closing the door after it opened completes a deposit or a collection. */
	void doorClosed(Instant now) {
		this.events.add(new LockerDoorClosed(this.id, this.state, now));
		if (!this.doorOpened) {
			return;
		}
		long session = this.sessionId;
		if (this.state == LockerState.RESERVED) {
			settle(LockerState.OCCUPIED, session, now);
			this.events.add(new LockerOccupied(this.id, session, now));
		}
		else if (this.state == LockerState.RELEASING) {
			settle(LockerState.FREE, null, now);
			this.events.add(new LockerFreed(this.id, session, now));
		}
	}

	/**
	 * Ends a reservation or release whose deadline has passed without its door opening; a
	 * door that was opened keeps the locker as it is.
	 */
	void expire(Instant now) {
		if (!isUnlockedState() || this.doorOpened || this.deadline.isAfter(now)) {
			return;
		}
		long session = this.sessionId;
		if (this.state == LockerState.RESERVED) {
			settle(LockerState.FREE, null, now);
			this.events.add(new LockerReservationExpired(this.id, session, now));
		}
		else {
			settle(LockerState.OCCUPIED, session, now);
			this.events.add(new LockerReleaseExpired(this.id, session, now));
		}
	}

	/**
	 * Puts a locker found mid-transition at start-up into a locked, safe state. A door
	 * that was opened (or reads open now) may have let a phone in, so it counts as
	 * occupied.
	 */
	void recoverAtStartup(boolean doorOpenNow, Instant now) {
		LockerState before = this.state;
		Long session = this.sessionId;
		String sensor = doorOpenNow ? " The door sensor reads open at start-up." : "";
		if (before == LockerState.RESERVED && !this.doorOpened && !doorOpenNow) {
			settle(LockerState.FREE, null, now);
			recovered(before, session, "Reserved for session " + session
					+ " when the kiosk stopped, and its door was never opened: locked and free again.", now);
		}
		else if (before == LockerState.RESERVED) {
			settle(LockerState.OCCUPIED, session, now);
			recovered(before, session,
					"Reserved for session " + session
							+ " when the kiosk stopped, after its door had been opened: the phone is probably inside,"
							+ " so the locker is locked and occupied." + sensor,
					now);
		}
		else if (before == LockerState.RELEASING) {
			settle(LockerState.OCCUPIED, session, now);
			recovered(before, session,
					"Being released to session " + session
							+ " when the kiosk stopped: locked and still occupied; the owner collects again." + sensor,
					now);
		}
		else if (doorOpenNow) {
			this.events.add(new LockerDoorOpenAtStartup(this.id, before, now));
		}
	}

	List<AuditableEvent> takeEvents() {
		List<AuditableEvent> taken = List.copyOf(this.events);
		this.events.clear();
		return taken;
	}

	/** Whether the lock output should be at its unlocked level now. */
	boolean wantsUnlocked() {
		return isUnlockedState() && !this.doorOpened;
	}

	LockerView view(boolean doorOpen) {
		return new LockerView(this.id, this.label, this.bankRow, this.bankColumn, this.state, this.sessionId, doorOpen,
				this.deadline);
	}

	boolean isNew() {
		return this.version == null;
	}

	int id() {
		return this.id;
	}

	LockerState state() {
		return this.state;
	}

	Long sessionId() {
		return this.sessionId;
	}

	Instant deadline() {
		return this.deadline;
	}

	boolean doorOpenedDuringTransition() {
		return this.doorOpened;
	}

	private boolean isUnlockedState() {
		return this.state == LockerState.RESERVED || this.state == LockerState.RELEASING;
	}

	private void refuseUnless(LockerState required, String verb) {
		if (this.state != required) {
			throw new IllegalStateException("Locker " + this.id + " cannot be " + verb + " while " + this.state);
		}
	}

	private void start(LockerState next, long sessionId, Instant deadline, Instant now) {
		this.state = next;
		this.sessionId = sessionId;
		this.deadline = deadline;
		this.doorOpened = false;
		this.updatedAt = now;
	}

	private void settle(LockerState next, Long sessionId, Instant now) {
		this.state = next;
		this.sessionId = sessionId;
		this.deadline = null;
		this.doorOpened = false;
		this.updatedAt = now;
	}

	private void recovered(LockerState before, Long session, String explanation, Instant now) {
		this.events.add(new LockerRecoveredAtStartup(this.id, before, this.state, session, explanation, now));
	}

}
