package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditableEvent;

import org.springframework.stereotype.Component;

/**
 * What a locker's step means for the storage it holds: called by
 * {@link LockerTransitions} inside the locker's own transaction with the events the
 * locker raised, it writes the storage's facts and returns the storage's events. So a
 * locker and its storage change together or not at all, and the stage is never written
 * twice.
 */
@Component
class StorageSteps {

	private final StorageTable table;

	StorageSteps(StorageTable table) {
		this.table = table;
	}

	List<AuditableEvent> follow(List<AuditableEvent> lockerEvents, Instant now) {
		List<AuditableEvent> happened = new ArrayList<>();
		for (AuditableEvent event : lockerEvents) {
			AuditableEvent followed = follow(event, now);
			if (followed != null) {
				happened.add(followed);
			}
		}
		return happened;
	}

	private AuditableEvent follow(AuditableEvent event, Instant now) {
		if (event instanceof LockerOccupied occupied) {
			Storage storage = change(occupied.storageId(), (s) -> s.stored(now));
			return new PhonesStored(storage.id(), storage.employeeId(), occupied.lockerId(), storage.phoneIds(), now);
		}
		if (event instanceof LockerReservationExpired expired) {
			return abandoned(expired.storageId(), expired.lockerId(), "the locker was not opened in time", now);
		}
		if (event instanceof LockerDepositNotConfirmed notConfirmed) {
			return abandoned(notConfirmed.storageId(), notConfirmed.lockerId(),
					"no phone was detected in the locker: " + notConfirmed.because(), now);
		}
		if (event instanceof LockerReleaseStarted started) {
			Storage storage = find(started.storageId());
			return new CollectionStarted(storage.id(), storage.employeeId(), started.lockerId(), now);
		}
		if (event instanceof LockerReleaseExpired expired) {
			Storage storage = find(expired.storageId());
			return new CollectionTimedOut(storage.id(), storage.employeeId(), expired.lockerId(), now);
		}
		if (event instanceof LockerFreed freed) {
			Storage storage = change(freed.storageId(), (s) -> s.collected(now));
			return new PhonesCollected(storage.id(), storage.employeeId(), freed.lockerId(), storage.phoneIds(), now);
		}
		if (event instanceof LockerFaultCleared cleared && cleared.storageId() != null) {
			return recovered(cleared.storageId(), cleared.lockerId(), LockerState.FAULT, cleared.after(),
					"fault-cleared", now);
		}
		if (event instanceof LockerRecoveredAtStartup recovered && recovered.storageId() != null) {
			return recovered(recovered.storageId(), recovered.lockerId(), recovered.before(), recovered.after(),
					recovered.reason().code(), now);
		}
		return null;
	}

	private StorageAbandoned abandoned(StorageId storageId, LockerId lockerId, String because, Instant now) {
		Storage storage = change(storageId, (s) -> s.abandon(now));
		return new StorageAbandoned(storage.id(), storage.employeeId(), lockerId, because, now);
	}

	/**
	 * A locker set right (at start-up, or by an officer) takes its storage along: stored
	 * when the locker is OCCUPIED again, abandoned when a locker never opened for it is
	 * FREE. Reported only when the storage's stage changed.
	 */
	private StorageRecovered recovered(StorageId storageId, LockerId lockerId, LockerState lockerBefore,
			LockerState lockerAfter, String explanation, Instant now) {
		Storage storage = find(storageId);
		StorageStage before = storage.stageIn(lockerBefore);
		String after;
		if (lockerAfter == LockerState.STORED) {
			storage.stored(now);
			after = StorageStage.STORED.name();
		}
		else if (lockerAfter == LockerState.FREE && before == StorageStage.STORING) {
			storage.abandon(now);
			after = StorageEnd.ABANDONED.name();
		}
		else {
			return null;
		}
		this.table.update(storage);
		if (after.equals(before.name())) {
			return null;
		}
		return new StorageRecovered(storage.id(), storage.employeeId(), lockerId, before.name(), after, explanation,
				now);
	}

	private Storage change(StorageId storageId, java.util.function.Consumer<Storage> step) {
		Storage storage = find(storageId);
		step.accept(storage);
		this.table.update(storage);
		return storage;
	}

	private Storage find(StorageId storageId) {
		return this.table.byId(storageId)
			.orElseThrow(() -> new IllegalStateException("A locker holds storage " + storageId + ", which is unknown"));
	}

}
