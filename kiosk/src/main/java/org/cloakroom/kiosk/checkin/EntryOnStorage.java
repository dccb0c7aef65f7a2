package org.cloakroom.kiosk.checkin;

import java.time.Clock;

import org.cloakroom.kiosk.locker.PhonesStored;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Grants entry once the employee's phones are stored: the one place where the locker
 * module's news reaches the check-in. It runs as the storing commits (before the commit,
 * in the same transaction), after every other listener, so the log reads
 * {@code PhonesStored} then {@code EntryGranted} and neither commits without the other.
 */
@Component
class EntryOnStorage {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EntryOnStorage(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(PhonesStored stored) {
		this.events.publishEvent(new EntryGranted(stored.employeeId(), "phones stored in locker " + stored.lockerId(),
				this.clock.instant()));
	}

}
