package org.cloakroom.kiosk.locker;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.locker.gpio.LockerIo;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How every locker step runs: under the bank's one lock, in its own transaction that
 * saves the locker, moves the storage it holds along and publishes both their events, and
 * only after the commit drives the lock to match. Door sensor threads and web threads
 * take turns here.
 */
@Component
class LockerTransitions {

	private static final Logger log = LoggerFactory.getLogger(LockerTransitions.class);

	private final ReentrantLock bank = new ReentrantLock();

	private final LockerTable table;

	private final LockerIo io;

	private final BankWiring wiring;

	private final StorageSteps storages;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	/** What the buzzer was last told; null before the first transition. */
	private Boolean buzzing;

	/**
	 * Whether an emergency release holds every lock and the area door let go; set under
	 * the bank's lock once the release's row committed ({@link #runBank}).
	 */
	private volatile boolean released;

	LockerTransitions(LockerTable table, LockerIo io, BankWiring wiring, StorageSteps storages,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.table = table;
		this.io = io;
		this.wiring = wiring;
		this.storages = storages;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** A step of one locker, found by id: {@code change} gets it and the time. */
	LockerView change(LockerId lockerId, BiConsumer<Locker, Instant> change) {
		return run((now) -> {
			Locker locker = find(lockerId);
			change.accept(locker, now);
			return locker;
		}, false).orElseThrow();
	}

	/**
	 * Runs one step: {@code change} gets the time and returns the locker it changed, or
	 * null when it changed none (what it wrote itself commits all the same). With
	 * {@code save}, the locker is saved even when it raised no event.
	 */
	Optional<LockerView> run(Function<Instant, Locker> change, boolean save) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// Joining a caller's transaction would tell the lock before that transaction
			// commits.
			throw new IllegalStateException("A locker transition must not run inside another transaction");
		}
		this.bank.lock();
		try {
			Locker locker = this.transaction.execute((status) -> {
				Instant now = this.clock.instant();
				Locker changed = change.apply(now);
				if (changed == null) {
					return null;
				}
				List<AuditableEvent> happened = new ArrayList<>(changed.takeEvents());
				if (save || !happened.isEmpty()) {
					this.table.save(changed);
					happened.addAll(this.storages.follow(happened, now));
					happened.forEach(this.events::publishEvent);
				}
				return changed;
			});
			if (locker == null) {
				return Optional.empty();
			}
			drive(locker);
			soundBuzzerWhileHeldOpen();
			return Optional.of(view(locker));
		}
		finally {
			this.bank.unlock();
		}
	}

	/**
	 * One step of several lockers in one transaction: {@code change} gets each wired one
	 * (true: it changed, save it); then {@code event} is published. After the commit each
	 * of their locks is driven as its state says (or let go during an emergency release).
	 */
	void changeAll(Collection<LockerId> lockerIds, Predicate<Locker> change, Function<Instant, AuditableEvent> event) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A locker transition must not run inside another transaction");
		}
		this.bank.lock();
		try {
			List<Locker> lockers = this.transaction.execute((status) -> {
				Instant now = this.clock.instant();
				List<Locker> changed = new ArrayList<>();
				for (LockerId id : lockerIds) {
					Optional<Locker> locker = this.table.find(id).filter(this::isWired);
					if (locker.isPresent()) {
						changed.add(locker.get());
						if (change.test(locker.get())) {
							this.table.save(locker.get());
						}
					}
				}
				this.events.publishEvent(event.apply(now));
				return changed;
			});
			for (Locker locker : lockers) {
				try {
					drive(locker);
				}
				catch (RuntimeException ex) {
					// a lock on a controller that cannot be told now: its locker is in
					// FAULT
					log.warn("Locker {}: its lock could not be driven: {}", locker.id(), ex.getMessage());
				}
			}
		}
		finally {
			this.bank.unlock();
		}
	}

	/**
	 * A step of the whole bank, the emergency release's start and end: {@code change}
	 * runs in one transaction (it writes the release and publishes its event); after the
	 * commit every wired lock and the area door are driven as {@code releasedAfter} says:
	 * all let go, or each lock as its locker's state says and the area door shut.
	 */
	<T> T runBank(Function<Instant, T> change, boolean releasedAfter) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A bank transition must not run inside another transaction");
		}
		this.bank.lock();
		try {
			T result = this.transaction.execute((status) -> change.apply(this.clock.instant()));
			this.released = releasedAfter;
			all().forEach(this::drive);
			this.io.holdAreaDoorReleased(releasedAfter);
			soundBuzzerWhileHeldOpen();
			return result;
		}
		finally {
			this.bank.unlock();
		}
	}

	/**
	 * At start-up, before the lockers are recovered: a release found in force lets every
	 * lock go from the first step on.
	 */
	void releasedAtStartup(boolean inForce) {
		this.released = inForce;
	}

	/** Whether an emergency release lets every lock go now. */
	boolean isReleased() {
		return this.released;
	}

	/**
	 * Refuses a step that would lock, unlock or hand out a locker while an emergency
	 * release is in force: call it inside the step, under the bank's lock.
	 */
	void refuseWhileReleased() {
		if (this.released) {
			throw new LockerRefusal("emergency-release");
		}
	}

	/** Drives the lock of one locker after its step: let go, or as its state says. */
	private void drive(Locker locker) {
		if (this.released || locker.wantsUnlocked()) {
			this.io.unlock(locker.id().value());
		}
		else {
			this.io.lock(locker.id().value());
		}
	}

	Locker find(LockerId lockerId) {
		return this.table.find(lockerId)
			.filter(this::isWired)
			.orElseThrow(() -> new NotFoundException("Locker", lockerId));
	}

	/** The wired lockers, by id. */
	List<Locker> all() {
		return persisted().stream().filter(this::isWired).toList();
	}

	/**
	 * Every locker in the table, wired or not: one taken out of the wiring file still
	 * holds its storage.
	 */
	List<Locker> persisted() {
		return this.table.all();
	}

	/** The first locker that can be unlocked for a storage. */
	Optional<Locker> firstFree() {
		return this.table.inState(LockerState.FREE)
			.stream()
			.filter(this::isWired)
			.filter((locker) -> !locker.row().isAdminOpen())
			.findFirst();
	}

	LockerView view(Locker locker) {
		return locker.row().view(this.io.isDoorOpen(locker.id().value()));
	}

	boolean isWired(Locker locker) {
		return this.wiring.locker(locker.id().value()).isPresent();
	}

	/**
	 * Drives the buzzer after the commit, only when that changes anything; silent during
	 * an emergency release, when the fire alarm is the sound.
	 */
	private void soundBuzzerWhileHeldOpen() {
		boolean wanted = !this.released && this.table.anyHeldOpenAlerted();
		if (!Boolean.valueOf(wanted).equals(this.buzzing)) {
			this.io.buzzer(wanted);
			this.buzzing = wanted;
		}
	}

}
