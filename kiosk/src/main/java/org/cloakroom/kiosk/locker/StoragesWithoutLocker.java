package org.cloakroom.kiosk.locker;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, once every locker is reconciled ({@code LockerStartup}, phase 0), abandons
 * active storages that no locker holds. A storage and its locker are written in one
 * transaction now, so none should exist; before, the program could stop between opening a
 * storage and unlocking a locker for it. Nothing was unlocked, so nothing can be inside.
 */
@Component
class StoragesWithoutLocker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StoragesWithoutLocker.class);

	private final StorageTable table;

	private final LockerTransitions lockers;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private volatile boolean running;

	StoragesWithoutLocker(StorageTable table, LockerTransitions lockers, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.table = table;
		this.lockers = lockers;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void start() {
		this.transaction.executeWithoutResult((status) -> abandonStranded());
		this.running = true;
	}

	private void abandonStranded() {
		Set<StorageId> held = this.lockers.persisted()
			.stream()
			.map((locker) -> locker.row().storage())
			.filter((id) -> id != null)
			.collect(Collectors.toSet());
		Instant now = this.clock.instant();
		for (Storage storage : this.table.active()) {
			if (held.contains(storage.id())) {
				continue;
			}
			if (storage.storedAt() != null) {
				// phones went in and no locker says so: for an officer, never for a guess
				log.error("Storage {} of employee {} was stored at {} but no locker holds it", storage.id(),
						storage.employeeId(), storage.storedAt());
			}
			else {
				storage.abandon(now);
				this.table.update(storage);
				this.events.publishEvent(new StorageRecovered(storage.id(), storage.employeeId(), null,
						StorageStage.STORING.name(), StorageEnd.ABANDONED.name(), "stopped-before-unlock", now));
			}
		}
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** After {@code LockerStartup} (phase 0), before the web server serves. */
	@Override
	public int getPhase() {
		return 1;
	}

}
