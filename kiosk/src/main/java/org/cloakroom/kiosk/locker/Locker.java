package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

	private LockerFault fault;

	private Instant doorOpenSince;

	private int heldOpenAlerts;

	private int emptyCloses;

	private boolean adminOpen;

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
		refuseWhileAdminOpen("reserved");
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

	/**
	 * A door opening is a fact, never refused. It counts while unlocked; while locked and
	 * not commanded it is forced, and the locker goes to FAULT with its session.
	 */
	void doorOpened(Instant now) {
		boolean commanded = isUnlockedState() || this.adminOpen;
		if (this.fault != LockerFault.FLAPPING) {
			this.events.add(new LockerDoorOpened(this.id, this.state, commanded, now));
		}
		if (this.doorOpenSince == null) {
			this.doorOpenSince = now;
		}
		this.updatedAt = now;
		if (commanded) {
			this.doorOpened = true;
		}
		else if (this.state != LockerState.FAULT) {
			LockerState before = this.state;
			fault(LockerFault.FORCED, now);
			this.events.add(new LockerForced(this.id, before, this.sessionId, now));
		}
	}

	/**
	 * Closing the door after it opened completes a deposit (when the tray is not read
	 * empty), a collection, or an admin's visit.
	 */
	void doorClosed(Instant now, Optional<Boolean> occupied, int depositAttempts, Duration retryTimeout) {
		if (this.fault != LockerFault.FLAPPING) {
			this.events.add(new LockerDoorClosed(this.id, this.state, now));
		}
		this.doorOpenSince = null;
		this.heldOpenAlerts = 0;
		this.updatedAt = now;
		if (!this.doorOpened) {
			return;
		}
		Long session = this.sessionId;
		if (this.state == LockerState.RESERVED && occupied.equals(Optional.of(false))) {
			closedEmpty(now, depositAttempts, retryTimeout);
		}
		else if (this.state == LockerState.RESERVED) {
			settle(LockerState.OCCUPIED, session, now);
			this.events.add(new LockerOccupied(this.id, session, now));
		}
		else if (this.state == LockerState.RELEASING) {
			settle(LockerState.FREE, null, now);
			this.events.add(new LockerFreed(this.id, session, now));
		}
		else {
			// an admin's visit to a free, out-of-service or faulty locker is over
			relock();
		}
	}

	/**
	 * Ends a reservation, release or admin open whose deadline has passed without its
	 * door opening; a door that was opened keeps the locker as it is.
	 */
	void expire(Instant now) {
		if (!wantsUnlocked() || this.deadline == null || this.deadline.isAfter(now)) {
			return;
		}
		Long session = this.sessionId;
		if (this.state == LockerState.RESERVED && this.emptyCloses > 0) {
			int tries = this.emptyCloses;
			settle(LockerState.FREE, null, now);
			this.events.add(new LockerDepositNotConfirmed(this.id, session, tries,
					"the time ran out after the door closed on an empty tray", now));
		}
		else if (this.state == LockerState.RESERVED) {
			settle(LockerState.FREE, null, now);
			this.events.add(new LockerReservationExpired(this.id, session, now));
		}
		else if (this.state == LockerState.RELEASING) {
			settle(LockerState.OCCUPIED, session, now);
			this.events.add(new LockerReleaseExpired(this.id, session, now));
		}
		else {
			relock();
			this.events.add(new LockerAdminOpenExpired(this.id, this.state, now));
		}
	}

	/**
	 * Raises the held-open alert, then its escalation, as the door stays open past the
	 * limits.
	 */
	void checkHeldOpen(Instant now, Duration limit, Duration escalation) {
		if (this.doorOpenSince == null) {
			return;
		}
		Instant alertAt = this.doorOpenSince.plus(limit);
		if (this.heldOpenAlerts == 0 && !now.isBefore(alertAt)) {
			this.heldOpenAlerts = 1;
			this.events.add(new LockerDoorHeldOpen(this.id, this.state, this.sessionId, this.doorOpenSince, now));
		}
		if (this.heldOpenAlerts == 1 && !now.isBefore(alertAt.plus(escalation))) {
			this.heldOpenAlerts = 2;
			this.events
				.add(new LockerDoorHeldOpenEscalated(this.id, this.state, this.sessionId, this.doorOpenSince, now));
		}
	}

	/** A sensor flapped: FAULT, locked, with the session it holds. */
	void flapped(String sensor, int changes, Duration window, Instant now) {
		if (this.state == LockerState.FAULT) {
			return;
		}
		LockerState before = this.state;
		fault(LockerFault.FLAPPING, now);
		this.events.add(new LockerSensorFlapping(this.id, sensor, changes, window, before, this.sessionId, now));
	}

	/**
	 * An admin unlocks the locker. With a phone inside it is a collection by the admin
	 * (RELEASING, the session follows); otherwise the locker keeps its state, unlocked
	 * until its door opens and closes or the deadline passes.
	 */
	void openByAdmin(String by, String reason, Instant now, Duration timeout) {
		LockerState before = this.state;
		if (isUnlockedState()) {
			throw new IllegalStateException("Locker " + this.id + " cannot be opened by an admin while " + this.state
					+ ": it is already unlocked for session " + this.sessionId);
		}
		if (before == LockerState.FAULT && this.sessionId != null) {
			throw new IllegalStateException(
					"Locker " + this.id + " cannot be opened by an admin while FAULT with session " + this.sessionId
							+ " inside: clear the fault first (it returns to OCCUPIED), then open it");
		}
		if (before == LockerState.OCCUPIED) {
			start(LockerState.RELEASING, this.sessionId, now.plus(timeout), now);
		}
		else {
			this.deadline = now.plus(timeout);
			this.doorOpened = false;
			this.updatedAt = now;
		}
		this.adminOpen = true;
		this.events.add(new LockerOpenedByAdmin(this.id, before, this.sessionId, by, reason, this.deadline, now));
		if (this.state == LockerState.RELEASING) {
			this.events.add(new LockerReleaseStarted(this.id, this.sessionId, this.deadline, now));
		}
	}

	/** Out of use: only a locker that holds no session. */
	void takeOutOfService(String by, String reason, Instant now) {
		if (this.sessionId != null) {
			throw new IllegalStateException(
					"Locker " + this.id + " cannot be taken out of service while " + this.state + ": it holds session "
							+ this.sessionId + "; collect the phone first (check-out or an admin open)");
		}
		if (this.state != LockerState.FREE && this.state != LockerState.FAULT) {
			refuseUnless(LockerState.FREE, "taken out of service");
		}
		refuseWhileAdminOpen("taken out of service");
		LockerState before = this.state;
		settle(LockerState.OUT_OF_SERVICE, null, now);
		this.events.add(new LockerTakenOutOfService(this.id, before, by, reason, now));
	}

	void returnToService(String by, String reason, boolean doorOpen, Optional<Boolean> occupied, Instant now) {
		refuseUnless(LockerState.OUT_OF_SERVICE, "returned to service");
		refuseWhileAdminOpen("returned to service");
		refuseOpenDoor(doorOpen, "returned to service");
		if (occupied.equals(Optional.of(true))) {
			throw new IllegalStateException("Locker " + this.id
					+ " cannot be returned to service: its occupancy sensor reads something in the tray; empty it first");
		}
		settle(LockerState.FREE, null, now);
		this.events.add(new LockerReturnedToService(this.id, by, reason, now));
	}

	/**
	 * An officer inspected the locker: OCCUPIED again if it holds a session (the phone
	 * stays for its owner; an admin open collects it), FREE otherwise.
	 */
	void clearFault(String by, String note, boolean doorOpen, Instant now) {
		refuseUnless(LockerState.FAULT, "cleared of a fault");
		refuseWhileAdminOpen("cleared of a fault");
		refuseOpenDoor(doorOpen, "cleared of a fault");
		LockerFault cleared = this.fault;
		Long session = this.sessionId;
		settle((session != null) ? LockerState.OCCUPIED : LockerState.FREE, session, now);
		this.events.add(new LockerFaultCleared(this.id, cleared, this.state, session, by, note, now));
	}

	/**
	 * Puts the locker into a locked, safe state at start-up. A locker found
	 * mid-transition is settled (a door that was opened may have let a phone in, so it
	 * counts as occupied unless the tray reads empty); one whose sensors disagree with
	 * its state goes to FAULT for an officer.
	 */
	void recoverAtStartup(boolean doorOpenNow, Optional<Boolean> occupied, Instant now) {
		this.doorOpenSince = doorOpenNow ? now : null;
		this.heldOpenAlerts = 0;
		this.updatedAt = now;
		switch (this.state) {
			case RESERVED -> StartupRecovery.reserved(this, doorOpenNow, occupied, now);
			case RELEASING -> StartupRecovery.releasing(this, doorOpenNow, now);
			case FAULT -> StartupRecovery.stillFaulty(this, now);
			case FREE, OCCUPIED -> StartupRecovery.settled(this, doorOpenNow, occupied, now);
			case OUT_OF_SERVICE -> StartupRecovery.outOfService(this, doorOpenNow, now);
		}
	}

	/**
	 * Settles a locker found mid-transition; the event names the session it served, which
	 * follows.
	 */
	void settleAtStartup(LockerState next, String explanation, Instant now) {
		LockerState before = this.state;
		Long session = this.sessionId;
		settle(next, (next == LockerState.FREE) ? null : session, now);
		this.events.add(new LockerRecoveredAtStartup(this.id, before, next, session, explanation, now));
	}

	void faultAtStartup(boolean doorOpen, Optional<Boolean> occupied, String explanation, String officerAction,
			Instant now) {
		LockerState before = this.state;
		fault(LockerFault.STARTUP_DISAGREEMENT, now);
		this.events.add(new LockerSensorsDisagreedAtStartup(this.id, before, this.state, this.sessionId, doorOpen,
				occupied.orElse(null), explanation, officerAction, now));
	}

	/** Keeps the state, locked; {@code event} (if any) reports what start-up found. */
	void reportAtStartup(AuditableEvent event) {
		relock();
		if (event != null) {
			this.events.add(event);
		}
	}

	int emptyCloses() {
		return this.emptyCloses;
	}

	List<AuditableEvent> takeEvents() {
		List<AuditableEvent> taken = List.copyOf(this.events);
		this.events.clear();
		return taken;
	}

	/** Whether the lock output should be at its unlocked level now. */
	boolean wantsUnlocked() {
		return (isUnlockedState() || this.adminOpen) && !this.doorOpened;
	}

	LockerView view(boolean doorOpen) {
		return new LockerView(this.id, this.label, this.bankRow, this.bankColumn, this.state, this.sessionId, doorOpen,
				this.deadline, this.fault, this.adminOpen, this.emptyCloses);
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

	LockerFault fault() {
		return this.fault;
	}

	boolean heldOpenAlerted() {
		return this.heldOpenAlerts > 0;
	}

	boolean isAdminOpen() {
		return this.adminOpen;
	}

	private boolean isUnlockedState() {
		return this.state == LockerState.RESERVED || this.state == LockerState.RELEASING;
	}

	private void closedEmpty(Instant now, int depositAttempts, Duration retryTimeout) {
		long session = this.sessionId;
		this.emptyCloses++;
		if (this.emptyCloses >= depositAttempts) {
			int tries = this.emptyCloses;
			settle(LockerState.FREE, null, now);
			this.events.add(new LockerDepositNotConfirmed(this.id, session, tries,
					"the door closed on an empty tray " + tries + " times", now));
			return;
		}
		this.doorOpened = false;
		this.deadline = now.plus(retryTimeout);
		this.events.add(new LockerClosedEmpty(this.id, session, this.emptyCloses, depositAttempts - this.emptyCloses,
				this.deadline, now));
	}

	private void relock() {
		this.adminOpen = false;
		this.doorOpened = false;
		this.deadline = (this.state == LockerState.RESERVED || this.state == LockerState.RELEASING) ? this.deadline
				: null;
	}

	private void fault(LockerFault why, Instant now) {
		this.state = LockerState.FAULT;
		this.fault = why;
		this.deadline = null;
		this.doorOpened = false;
		this.adminOpen = false;
		this.emptyCloses = 0;
		this.updatedAt = now;
	}

	private void refuseWhileAdminOpen(String verb) {
		if (this.adminOpen) {
			throw new IllegalStateException("Locker " + this.id + " cannot be " + verb
					+ " while an admin has it open (until " + this.deadline + ")");
		}
	}

	private void refuseOpenDoor(boolean doorOpen, String verb) {
		if (doorOpen) {
			throw new IllegalStateException(
					"Locker " + this.id + " cannot be " + verb + " while its door reads open: close it first");
		}
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
		this.emptyCloses = 0;
		this.updatedAt = now;
	}

	private void settle(LockerState next, Long sessionId, Instant now) {
		this.state = next;
		this.sessionId = sessionId;
		this.deadline = null;
		this.doorOpened = false;
		this.emptyCloses = 0;
		this.adminOpen = false;
		this.fault = null;
		this.updatedAt = now;
	}

	private void recovered(LockerState before, Long session, String explanation, Instant now) {
		this.events.add(new LockerRecoveredAtStartup(this.id, before, this.state, session, explanation, now));
	}

}
