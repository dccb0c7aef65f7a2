package org.cloakroom.kiosk.checkin;

import java.time.Clock;
import java.util.function.Consumer;

import org.cloakroom.kiosk.locker.LockerDepositNotConfirmed;
import org.cloakroom.kiosk.locker.LockerFaultCleared;
import org.cloakroom.kiosk.locker.LockerFreed;
import org.cloakroom.kiosk.locker.LockerOccupied;
import org.cloakroom.kiosk.locker.LockerRecoveredAtStartup;
import org.cloakroom.kiosk.locker.LockerReleaseExpired;
import org.cloakroom.kiosk.locker.LockerReleaseStarted;
import org.cloakroom.kiosk.locker.LockerReservationExpired;
import org.cloakroom.kiosk.locker.LockerReserved;
import org.cloakroom.kiosk.locker.LockerState;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves storage sessions with their lockers. Listens synchronously, inside the locker's
 * own transaction, so a locker and its session never disagree in the database.
 */
@Component
class SessionFollowsLocker {

	private final StorageSessionRepository sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionFollowsLocker(StorageSessionRepository sessions, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(LockerReserved reserved) {
		update(reserved.sessionId(), session -> session.assignLocker(reserved.lockerId()));
	}

	@EventListener
	void on(LockerOccupied occupied) {
		update(occupied.sessionId(), session -> {
			session.stored(this.clock.instant());
			this.events.publishEvent(new PhonesStored(session.id(), session.employeeId(), occupied.lockerId(),
					session.phoneIds(), this.clock.instant()));
			this.events.publishEvent(new EntryGranted(session.employeeId(),
					"phones stored in locker " + occupied.lockerId(), this.clock.instant()));
		});
	}

	@EventListener
	void on(LockerReservationExpired expired) {
		update(expired.sessionId(), session -> {
			session.abandon(this.clock.instant());
			this.events.publishEvent(new StorageAbandoned(session.id(), session.employeeId(), expired.lockerId(),
					"the locker was not opened in time", this.clock.instant()));
		});
	}

	@EventListener
	void on(LockerDepositNotConfirmed notConfirmed) {
		update(notConfirmed.sessionId(), session -> {
			session.abandon(this.clock.instant());
			this.events.publishEvent(new StorageAbandoned(session.id(), session.employeeId(), notConfirmed.lockerId(),
					"no phone was detected in the locker: " + notConfirmed.because(), this.clock.instant()));
		});
	}

	/**
	 * A fault cleared on a locker holding a session leaves it OCCUPIED: the phone is
	 * stored again, whether the fault came during the deposit or the collection.
	 */
	@EventListener
	void on(LockerFaultCleared cleared) {
		if (cleared.sessionId() == null) {
			return;
		}
		update(cleared.sessionId(), session -> {
			SessionState before = session.state();
			if (before != SessionState.STORED) {
				session.stored(this.clock.instant());
				this.events.publishEvent(new StorageSessionRecovered(session.id(), session.employeeId(),
						cleared.lockerId(), before, session.state(),
						"An officer cleared the locker's fault (" + cleared.fault() + "): " + cleared.note(),
						this.clock.instant()));
			}
		});
	}

	@EventListener
	void on(LockerReleaseStarted started) {
		update(started.sessionId(), session -> {
			session.startCollection();
			this.events.publishEvent(new CollectionStarted(session.id(), session.employeeId(), started.lockerId(),
					this.clock.instant()));
		});
	}

	@EventListener
	void on(LockerFreed freed) {
		update(freed.sessionId(), session -> {
			session.collected(this.clock.instant());
			this.events.publishEvent(new PhonesCollected(session.id(), session.employeeId(), freed.lockerId(),
					session.phoneIds(), this.clock.instant()));
		});
	}

	@EventListener
	void on(LockerReleaseExpired expired) {
		update(expired.sessionId(), session -> {
			session.stored(this.clock.instant());
			this.events.publishEvent(new CollectionTimedOut(session.id(), session.employeeId(), expired.lockerId(),
					this.clock.instant()));
		});
	}

	/**
	 * A locker recovered at start-up decides where its session is: the locker holds the
	 * phones.
	 */
	@EventListener
	void on(LockerRecoveredAtStartup recovered) {
		if (recovered.sessionId() == null) {
			return;
		}
		update(recovered.sessionId(), session -> {
			SessionState before = session.state();
			if (recovered.after() == LockerState.STORED && before != SessionState.STORED) {
				session.stored(this.clock.instant());
			}
			else if (recovered.after() == LockerState.FREE && before == SessionState.DEPOSITING) {
				session.abandon(this.clock.instant());
			}
			if (session.state() != before) {
				this.events
					.publishEvent(new StorageSessionRecovered(session.id(), session.employeeId(), recovered.lockerId(),
							before, session.state(), recovered.reason().code(), this.clock.instant()));
			}
		});
	}

	private void update(long sessionId, Consumer<StorageSession> change) {
		StorageSession session = this.sessions.findById(sessionId)
			.orElseThrow(() -> new IllegalStateException("Locker event for unknown storage session " + sessionId));
		change.accept(session);
		this.sessions.save(session);
	}

}
