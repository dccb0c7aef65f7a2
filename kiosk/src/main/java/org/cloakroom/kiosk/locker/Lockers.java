package org.cloakroom.kiosk.locker;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.cloakroom.kiosk.BidiControls;
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

	private final LockerTable table;

	private final LockerIo io;

	private final BankWiring wiring;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final LockerProperties properties;

	private final FlapCounter flaps;

	/** What the buzzer was last told; null before the first transition. */
	private Boolean buzzing;

	Lockers(LockerTable table, LockerIo io, BankWiring wiring, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, LockerProperties properties) {
		this.table = table;
		this.io = io;
		this.wiring = wiring;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.properties = properties;
		this.flaps = new FlapCounter(properties.flapChanges(), properties.flapWindow());
	}

	public List<LockerView> all() {
		return this.table.all().stream().filter(this::isWired).map(this::view).toList();
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown id
	 */
	public LockerView get(int lockerId) {
		return view(find(lockerId));
	}

	public long freeCount() {
		return this.table.inState(LockerState.FREE)
			.stream()
			.filter(this::isWired)
			.filter((locker) -> !locker.row().isAdminOpen())
			.count();
	}

	/**
	 * Reserves a free locker for the session and unlocks it: RESERVED until its door
	 * opens and closes (OCCUPIED) or the reservation times out (FREE).
	 * @throws NoFreeLockerException when none is free
	 */
	public LockerView reserveAny(long sessionId) {
		return transition((now) -> {
			Locker locker = firstFree().orElseThrow(NoFreeLockerException::new);
			locker.unlockForStoring(StorageId.of(sessionId), now, this.properties.reservationTimeout());
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
		return change(lockerId, (locker, now) -> locker.unlockForCollecting(StorageId.of(sessionId), now,
				this.properties.releaseTimeout()));
	}

	/**
	 * Relocks and frees reservations, and relocks releases, whose time is up at
	 * {@code now}.
	 */
	public void expireDeadlines(Instant now) {
		for (Locker due : this.table.unlockDueBy(now)) {
			if (isWired(due)) {
				change(due.id().value(), (locker, ignored) -> locker.expire(now));
			}
		}
	}

	/**
	 * Raises the held-open alert (and sounds the buzzer), then its escalation, for doors
	 * open past {@code cloakroom.locker.held-open-limit} at {@code now}.
	 */
	public void watchDoors(Instant now) {
		Instant openSince = now.minus(this.properties.heldOpenLimit());
		for (Locker open : this.table.doorOpenSince(openSince)) {
			if (isWired(open)) {
				change(open.id().value(), (locker, ignored) -> locker.checkHeldOpen(now,
						this.properties.heldOpenLimit(), this.properties.heldOpenEscalation()));
			}
		}
	}

	/**
	 * An admin unlocks a locker remotely. With a phone inside it is a collection by the
	 * admin: RELEASING, and the phone's session follows.
	 * @throws IllegalStateException naming the locker and its state when it is already
	 * unlocked, or in FAULT with a phone inside
	 */
	public LockerView openByAdmin(int lockerId, String by, String reason) {
		requireText("by", by);
		requireText("reason", reason);
		return change(lockerId,
				(locker, now) -> locker.openByAdmin(by, reason, now, this.properties.adminOpenTimeout()));
	}

	/**
	 * Takes a locker that holds no phone (FREE, or FAULT without a session) out of use.
	 * @throws IllegalStateException naming the locker, its state and its session
	 * otherwise
	 */
	public LockerView takeOutOfService(int lockerId, String by, String reason) {
		requireText("by", by);
		requireText("reason", reason);
		return change(lockerId, (locker, now) -> locker.takeOutOfService(by, reason, now));
	}

	/**
	 * Puts an out-of-service locker back in use, FREE.
	 * @throws IllegalStateException when it is not out of service, its door reads open or
	 * its tray reads occupied
	 */
	public LockerView returnToService(int lockerId, String by, String reason) {
		requireText("by", by);
		requireText("reason", reason);
		return change(lockerId, (locker, now) -> locker.returnToService(by, reason, this.io.isDoorOpen(lockerId),
				this.io.occupancy(lockerId), now));
	}

	/**
	 * Clears a FAULT after an officer's inspection: OCCUPIED if the locker holds a
	 * session, FREE otherwise.
	 * @throws IllegalStateException when it is not in FAULT or its door reads open
	 */
	public LockerView clearFault(int lockerId, String by, String note) {
		requireText("by", by);
		requireText("note", note);
		return change(lockerId, (locker, now) -> locker.clearFault(by, note, this.io.isDoorOpen(lockerId), now));
	}

	/** Fed by the door sensors, on their thread. */
	void doorChanged(int lockerId, boolean open) {
		change(lockerId, (locker, now) -> {
			if (this.flaps.flapped(lockerId, "door", now)) {
				locker.flapped("door", this.flaps.limit(), this.flaps.window(), now);
			}
			if (open) {
				locker.doorOpened(now);
			}
			else {
				locker.doorClosed(now, this.io.occupancy(lockerId), this.properties.depositAttempts(),
						this.properties.reservationTimeout());
			}
		});
	}

	/** Fed by the occupancy sensors, on their thread: only flapping matters here. */
	void occupancyChanged(int lockerId, Occupancy occupancy) {
		change(lockerId, (locker, now) -> {
			if (this.flaps.flapped(lockerId, "occupancy", now)) {
				locker.flapped("occupancy", this.flaps.limit(), this.flaps.window(), now);
			}
		});
	}

	/**
	 * Puts a locker into a safe state at start-up (settled if mid-transition, FAULT where
	 * the sensors disagree) and drives its lock locked.
	 */
	void recoverAtStartup(int lockerId) {
		transition((now) -> {
			Locker locker = find(lockerId);
			locker.recoverAtStartup(this.io.isDoorOpen(lockerId), this.io.occupancy(lockerId), now);
			return locker;
		}, true);
	}

	/** A transition of one locker, found by id: {@code change} gets it and the time. */
	private LockerView change(int lockerId, BiConsumer<Locker, Instant> change) {
		return transition((now) -> {
			Locker locker = find(lockerId);
			change.accept(locker, now);
			return locker;
		});
	}

	/**
	 * Runs one transition under the bank's lock in its own transaction, publishes its
	 * events in that transaction, and only after the commit drives the lock to match.
	 */
	private LockerView transition(Function<Instant, Locker> change) {
		return transition(change, false);
	}

	private LockerView transition(Function<Instant, Locker> change, boolean save) {
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
				if (save || !happened.isEmpty()) {
					this.table.save(changed);
					happened.forEach(this.events::publishEvent);
				}
				return changed;
			});
			if (locker.wantsUnlocked()) {
				this.io.unlock(locker.id().value());
			}
			else {
				this.io.lock(locker.id().value());
			}
			soundBuzzerWhileHeldOpen();
			return view(locker);
		}
		finally {
			this.bank.unlock();
		}
	}

	/** Drives the buzzer after the commit, only when that changes anything. */
	private void soundBuzzerWhileHeldOpen() {
		boolean wanted = this.table.anyHeldOpenAlerted();
		if (!Boolean.valueOf(wanted).equals(this.buzzing)) {
			this.io.buzzer(wanted);
			this.buzzing = wanted;
		}
	}

	private Optional<Locker> firstFree() {
		return this.table.inState(LockerState.FREE)
			.stream()
			.filter(this::isWired)
			.filter((locker) -> !locker.row().isAdminOpen())
			.findFirst();
	}

	private static void requireText(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
		BidiControls.refuse(field, value);
	}

	private Locker find(int lockerId) {
		return this.table.find(LockerId.of(lockerId))
			.filter(this::isWired)
			.orElseThrow(() -> new NotFoundException("Locker", lockerId));
	}

	private boolean isWired(Locker locker) {
		return this.wiring.locker(locker.id().value()).isPresent();
	}

	private LockerView view(Locker locker) {
		return locker.row().view(this.io.isDoorOpen(locker.id().value()));
	}

}
