package org.cloakroom.kiosk.checkin;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, abandons sessions that were opened but never got a locker (the program
 * stopped between opening the session and reserving the locker): nothing was unlocked, so
 * nothing can be inside.
 */
@Component
class SessionsWithoutLocker {

	private final StorageSessionRepository sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionsWithoutLocker(StorageSessionRepository sessions, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void abandonSessionsWithoutLocker() {
		List<StorageSession> stranded = this.sessions.findByStateIn(List.of(SessionState.DEPOSITING))
			.stream()
			.filter(session -> session.lockerId() == null)
			.toList();
		for (StorageSession session : stranded) {
			session.abandon(this.clock.instant());
			this.sessions.save(session);
			this.events.publishEvent(new StorageSessionRecovered(session.id(), session.employeeId(), null,
					SessionState.DEPOSITING, SessionState.ABANDONED,
					"The program stopped before a locker was reserved; nothing was unlocked", this.clock.instant()));
		}
	}

}
