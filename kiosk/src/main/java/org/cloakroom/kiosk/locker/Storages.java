package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Phones held in lockers: storing them, collecting them, and where each storage is. A
 * storage and the locker holding it change in one transaction
 * ({@link LockerTransitions}); its locker and stage are read from that locker, never kept
 * twice.
 */
@Service
public class Storages {

	private final LockerTransitions transitions;

	private final StorageTable table;

	private final LockerProperties properties;

	private final ApplicationEventPublisher events;

	Storages(LockerTransitions transitions, StorageTable table, LockerProperties properties,
			ApplicationEventPublisher events) {
		this.transitions = transitions;
		this.table = table;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Opens a storage for the employee's phones and unlocks the first free locker for it,
	 * in one transaction: STORING until its door opens and closes (STORED) or the time
	 * runs out (ABANDONED).
	 * @throws NoFreeLockerException when every locker is taken; the storage is recorded
	 * as abandoned
	 * @throws LockerRefusal {@code emergency-release} while an emergency release is in
	 * force (nothing is recorded)
	 */
	public StorageView store(EmployeeId employee, Set<PhoneId> phones, int unenrolledPhones) {
		LockerView unlocked = this.transitions.run((now) -> {
			this.transitions.refuseWhileReleased();
			Storage storage = this.table.insert(Storage.open(employee, phones, unenrolledPhones, now));
			this.events
				.publishEvent(new StorageOpened(storage.id(), employee, storage.phoneIds(), unenrolledPhones, now));
			Optional<Locker> free = this.transitions.firstFree();
			if (free.isEmpty()) {
				abandon(storage, now);
				return null;
			}
			free.get().unlockForStoring(storage.id(), now, this.properties.reservationTimeout());
			return free.get();
		}, false).orElseThrow(NoFreeLockerException::new);
		return get(unlocked.storageId());
	}

	/**
	 * Unlocks the locker holding the storage for its phones to be taken back: COLLECTING
	 * until its door opens and closes (COLLECTED) or the time runs out (STORED again).
	 * @throws IllegalStateException naming the locker and its state when the phones are
	 * not stored there now
	 */
	public StorageView collect(StorageId storageId) {
		Locker holder = Optional.ofNullable(holders().get(storageId))
			.orElseThrow(() -> new IllegalStateException("Storage " + storageId + " is in no locker"));
		this.transitions.change(holder.id(), (locker, now) -> {
			this.transitions.refuseWhileReleased();
			locker.unlockForCollecting(storageId, now, this.properties.releaseTimeout());
		});
		return get(storageId);
	}

	/**
	 * @throws NotFoundException for an unknown id
	 */
	public StorageView get(StorageId storageId) {
		Storage storage = this.table.byId(storageId).orElseThrow(() -> new NotFoundException("Storage", storageId));
		return view(storage, holders());
	}

	/** Storages whose phones are in, or going into, a locker now. */
	public List<StorageView> active() {
		Map<StorageId, Locker> holders = holders();
		return this.table.active().stream().map((storage) -> view(storage, holders)).toList();
	}

	/** The employee's active storage, if any. */
	public Optional<StorageView> activeFor(EmployeeId employee) {
		return this.table.activeFor(employee).map((storage) -> view(storage, holders()));
	}

	private void abandon(Storage storage, Instant now) {
		storage.abandon(now);
		this.table.update(storage);
		this.events
			.publishEvent(new StorageAbandoned(storage.id(), storage.employeeId(), null, "no locker was free", now));
	}

	/** The lockers holding a storage, by the storage's id. */
	private Map<StorageId, Locker> holders() {
		return this.transitions.persisted()
			.stream()
			.filter((locker) -> locker.row().storage() != null)
			.collect(Collectors.toMap((locker) -> locker.row().storage(), Function.identity()));
	}

	private static StorageView view(Storage storage, Map<StorageId, Locker> holders) {
		Locker holder = storage.active() ? holders.get(storage.id()) : null;
		if (holder == null) {
			return storage.view(null, null);
		}
		return storage.view(holder.id(), storage.stageIn(holder.row().state()));
	}

}
