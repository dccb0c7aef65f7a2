package org.cloakroom.kiosk.locker;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.locker.gpio.LockerIo;
import org.cloakroom.kiosk.locker.wiring.BankWiring;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The locker bank's state machine. Every transition is persisted, with its audit event,
 * before the lock is told.
 */
@Service
public class Lockers {

	/** One lock for the bank: door sensor threads and web threads take turns. */
	private final ReentrantLock bank = new ReentrantLock();

	private final LockerRepository repository;

	private final LockerIo io;

	private final BankWiring wiring;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final LockerProperties properties;

	Lockers(LockerRepository repository, LockerIo io, BankWiring wiring, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, LockerProperties properties) {
		this.repository = repository;
		this.io = io;
		this.wiring = wiring;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.properties = properties;
	}

	public List<LockerView> all() {
		return this.repository.findAllByOrderByIdAsc().stream().filter(this::isWired).map(this::view).toList();
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown id
	 */
	public LockerView get(int lockerId) {
		return view(find(lockerId));
	}

	public long freeCount() {
		return this.repository.findByStateOrderByIdAsc(LockerState.FREE).stream().filter(this::isWired).count();
	}

	/**
	 * Reserves a free locker for the session and unlocks it: RESERVED until its door
	 * opens and closes (OCCUPIED) or the reservation times out (FREE).
	 * @throws NoFreeLockerException when none is free
	 */
	public LockerView reserveAny(long sessionId) {
		return transition((now) -> {
			Locker locker = firstFree().orElseThrow(NoFreeLockerException::new);
			locker.reserve(sessionId, now, this.properties.reservationTimeout());
			return locker;
		});
	}

	/**
	 * Unlocks the session's OCCUPIED locker for collection: RELEASING until its door
	 * opens and closes (FREE) or the release times out (locked again, still OCCUPIED).
	 * @throws IllegalStateException naming the locker and its state when it does not hold
	 * that session
	 */
	public LockerView release(int lockerId, long sessionId) {
		return transition((now) -> {
			Locker locker = find(lockerId);
			locker.release(sessionId, now, this.properties.releaseTimeout());
			return locker;
		});
	}

	/**
	 * Relocks and frees reservations, and relocks releases, whose time is up at
	 * {@code now}.
	 */
	public void expireDeadlines(Instant now) {
		for (Locker due : this.repository.findByDeadlineLessThanEqualOrderByIdAsc(now)) {
			if (isWired(due)) {
				transition((ignored) -> {
					Locker locker = find(due.id());
					locker.expire(now);
					return locker;
				});
			}
		}
	}

	/** Fed by the door sensors, on their thread. */
	void doorChanged(int lockerId, boolean open) {
		transition((now) -> {
			Locker locker = find(lockerId);
			if (open) {
				locker.doorOpened(now);
			}
			else {
				locker.doorClosed(now);
			}
			return locker;
		});
	}

	/**
	 * Puts a locker found mid-transition into a safe state and drives its lock locked.
	 */
	void recoverAtStartup(int lockerId) {
		transition((now) -> {
			Locker locker = find(lockerId);
			locker.recoverAtStartup(this.io.isDoorOpen(lockerId), now);
			return locker;
		});
	}

	/**
	 * Runs one transition under the bank's lock in its own transaction, publishes its
	 * events in that transaction, and only after the commit drives the lock to match.
	 */
	private LockerView transition(Function<Instant, Locker> change) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// Joining a caller's transaction would tell the lock before that transaction
			// commits.
			throw new IllegalStateException("A locker transition must not run inside another transaction");
		}
		this.bank.lock();
		try {
			Locker locker = this.transaction.execute((status) -> {
				Locker changed = change.apply(this.clock.instant());
				List<AuditableEvent> happened = changed.takeEvents();
				if (!happened.isEmpty()) {
					this.repository.save(changed);
					happened.forEach(this.events::publishEvent);
				}
				return changed;
			});
			if (locker.wantsUnlocked()) {
				this.io.unlock(locker.id());
			}
			else {
				this.io.lock(locker.id());
			}
			return view(locker);
		}
		finally {
			this.bank.unlock();
		}
	}

	private Optional<Locker> firstFree() {
		return this.repository.findByStateOrderByIdAsc(LockerState.FREE).stream().filter(this::isWired).findFirst();
	}

	private Locker find(int lockerId) {
		return this.repository.findById(lockerId)
			.filter(this::isWired)
			.orElseThrow(() -> new NotFoundException("Locker", lockerId));
	}

	private boolean isWired(Locker locker) {
		return this.wiring.locker(locker.id()).isPresent();
	}

	private LockerView view(Locker locker) {
		return locker.view(this.io.isDoorOpen(locker.id()));
	}

}
