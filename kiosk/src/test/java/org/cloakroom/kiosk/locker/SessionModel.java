package org.cloakroom.kiosk.locker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;

/**
 * The storages as the locker's events tell them, followed independently of the locker
 * module's own {@code StorageSteps} (which {@link LockerWorld} checks against this);
 * anything out of order is a violation. Also notes who started each release: only a
 * check-out or an admin open may.
 */
class SessionModel {

	enum State {

		DEPOSITING, STORED, COLLECTING, ENDED, ABANDONED

	}

	record Session(StorageId id, LockerId lockerId, State state) {

		boolean active() {
			return this.state == State.DEPOSITING || this.state == State.STORED || this.state == State.COLLECTING;
		}

	}

	final Map<StorageId, Session> sessions = new ConcurrentHashMap<>();

	final List<String> violations = new ArrayList<>();

	/**
	 * Whether the step running now may start a release (a check-out or an admin open).
	 */
	volatile boolean releaseAllowed;

	/** Faults seen in this sequence, by kind, for jqwik's statistics. */
	final List<String> faults = new ArrayList<>();

	@EventListener
	synchronized void on(LockerForced event) {
		this.faults.add("forced " + event.before());
	}

	@EventListener
	synchronized void on(LockerSensorFlapping event) {
		this.faults.add("flapping " + event.before());
	}

	synchronized void reset() {
		this.faults.clear();
		this.sessions.clear();
		this.violations.clear();
	}

	@EventListener
	synchronized void on(LockerReserved event) {
		if (this.sessions.containsKey(event.storageId())) {
			this.violations.add("session " + event.storageId() + " reserved twice");
		}
		this.sessions.put(event.storageId(), new Session(event.storageId(), event.lockerId(), State.DEPOSITING));
	}

	@EventListener
	synchronized void on(LockerOccupied event) {
		move(event.storageId(), State.STORED, State.DEPOSITING);
	}

	@EventListener
	synchronized void on(LockerReservationExpired event) {
		move(event.storageId(), State.ABANDONED, State.DEPOSITING);
	}

	@EventListener
	synchronized void on(LockerDepositNotConfirmed event) {
		move(event.storageId(), State.ABANDONED, State.DEPOSITING);
	}

	@EventListener
	synchronized void on(LockerReleaseStarted event) {
		if (!this.releaseAllowed) {
			this.violations.add("locker " + event.lockerId() + " released without a check-out or an admin open");
		}
		move(event.storageId(), State.COLLECTING, State.STORED);
	}

	@EventListener
	synchronized void on(LockerFreed event) {
		move(event.storageId(), State.ENDED, State.COLLECTING);
	}

	@EventListener
	synchronized void on(LockerReleaseExpired event) {
		move(event.storageId(), State.STORED, State.COLLECTING);
	}

	@EventListener
	synchronized void on(LockerFaultCleared event) {
		if (event.storageId() != null) {
			move(event.storageId(), State.STORED, State.DEPOSITING, State.STORED, State.COLLECTING);
		}
	}

	@EventListener
	synchronized void on(LockerRecoveredAtStartup event) {
		if (event.storageId() == null) {
			return;
		}
		Session session = this.sessions.get(event.storageId());
		if (event.after() == LockerState.STORED) {
			move(event.storageId(), State.STORED, State.DEPOSITING, State.STORED, State.COLLECTING);
		}
		else if (event.after() == LockerState.FREE && session != null && session.state() == State.DEPOSITING) {
			move(event.storageId(), State.ABANDONED, State.DEPOSITING);
		}
	}

	private void move(StorageId sessionId, State next, State... from) {
		Session session = this.sessions.get(sessionId);
		if (session == null) {
			this.violations.add("event for unknown session " + sessionId + " moving it to " + next);
			return;
		}
		if (!List.of(from).contains(session.state())) {
			this.violations.add("session " + sessionId + " cannot go from " + session.state() + " to " + next);
			return;
		}
		this.sessions.put(sessionId, new Session(sessionId, session.lockerId(), next));
	}

}
