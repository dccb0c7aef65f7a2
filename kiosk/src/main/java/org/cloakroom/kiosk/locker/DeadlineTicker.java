package org.cloakroom.kiosk.locker;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Times out unlocks (for storing, collecting, an admin's open) and watches for doors held
 * open, once a second. Off with {@code cloakroom.scheduling.enabled=false}, even where
 * another auto-configuration (Spring Modulith's moments) enables scheduling anyway.
 */
@Component
@ConditionalOnBooleanProperty(name = "cloakroom.scheduling.enabled", matchIfMissing = true)
class DeadlineTicker {

	private static final Logger log = LoggerFactory.getLogger(DeadlineTicker.class);

	private final LockerDoors lockers;

	private final Clock clock;

	DeadlineTicker(LockerDoors lockers, Clock clock) {
		this.lockers = lockers;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 1000)
	void expireDeadlines() {
		try {
			this.lockers.expireDeadlines(this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.error("Locker deadlines could not be checked; trying again in a second", ex);
		}
		try {
			this.lockers.watchDoors(this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.error("Doors held open could not be checked; trying again in a second", ex);
		}
	}

}
