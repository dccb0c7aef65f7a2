package org.cloakroom.kiosk.locker;

import java.time.Clock;
import java.util.Optional;

import org.cloakroom.kiosk.locker.gpio.LockerIo;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Audits the enclosure tamper input, where one is wired: opening it is an alert. */
@Component
class EnclosureWatch {

	private final LockerIo io;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	EnclosureWatch(LockerIo io, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.io = io;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Reports an enclosure found open at start-up. */
	void checkAtStartup() {
		if (this.io.isEnclosureOpen().equals(Optional.of(true))) {
			record(true, true);
		}
	}

	/** Fed by the tamper input, on its thread. */
	void changed(boolean open) {
		record(open, false);
	}

	private void record(boolean open, boolean atStartup) {
		this.transaction.executeWithoutResult(
				(status) -> this.events.publishEvent(new KioskEnclosureChanged(open, atStartup, this.clock.instant())));
	}

}
