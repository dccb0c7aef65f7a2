package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.Set;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/**
 * One employee's phones held in one locker, and only the storage's own facts: which
 * locker holds it, and so its stage, is the locker's to say. Guards its end: a storage
 * ends once, abandoned only if it was never stored, collected only if it was.
 */
final class Storage {

	private final StorageId id;

	private final EmployeeId employeeId;

	private final Set<PhoneId> phoneIds;

	private final int unenrolledPhones;

	private final Instant openedAt;

	private Instant storedAt;

	private Instant endedAt;

	private StorageEnd end;

	private final long version;

	Storage(StorageId id, EmployeeId employeeId, Set<PhoneId> phoneIds, int unenrolledPhones, Instant openedAt,
			Instant storedAt, Instant endedAt, StorageEnd end, long version) {
		this.id = id;
		this.employeeId = employeeId;
		this.phoneIds = Set.copyOf(phoneIds);
		this.unenrolledPhones = unenrolledPhones;
		this.openedAt = openedAt;
		this.storedAt = storedAt;
		this.endedAt = endedAt;
		this.end = end;
		this.version = version;
	}

	/** What a new storage holds; the table gives it its id. */
	static Storage open(EmployeeId employeeId, Set<PhoneId> phoneIds, int unenrolledPhones, Instant now) {
		if (phoneIds.isEmpty() && unenrolledPhones == 0) {
			throw new IllegalArgumentException("A storage needs at least one phone");
		}
		return new Storage(null, employeeId, phoneIds, unenrolledPhones, now, null, null, null, 0);
	}

	/**
	 * The phones are (again) in the locked locker; the first time is when they went in.
	 */
	void stored(Instant now) {
		requireActive("be stored");
		if (this.storedAt == null) {
			this.storedAt = now;
		}
	}

	void abandon(Instant now) {
		requireActive("be abandoned");
		if (this.storedAt != null) {
			throw new IllegalStateException(
					"Storage " + this.id + " cannot be abandoned: its phones were stored at " + this.storedAt);
		}
		end(StorageEnd.ABANDONED, now);
	}

	void collected(Instant now) {
		requireActive("be collected");
		if (this.storedAt == null) {
			throw new IllegalStateException("Storage " + this.id + " cannot be collected: nothing was stored");
		}
		end(StorageEnd.COLLECTED, now);
	}

	/**
	 * The stage of this storage in a locker that is {@code lockerState}: a locker in
	 * FAULT keeps it locked, stored once its phones went in.
	 */
	StorageStage stageIn(LockerState lockerState) {
		return switch (lockerState) {
			case STORING -> StorageStage.STORING;
			case STORED -> StorageStage.STORED;
			case COLLECTING -> StorageStage.COLLECTING;
			case FAULT -> (this.storedAt != null) ? StorageStage.STORED : StorageStage.STORING;
			case FREE, OUT_OF_SERVICE ->
				throw new IllegalStateException("Storage " + this.id + " cannot be in a locker that is " + lockerState);
		};
	}

	StorageView view(LockerId lockerId, StorageStage stage) {
		return new StorageView(this.id, this.employeeId, lockerId, stage, this.end, this.phoneIds,
				this.unenrolledPhones, this.openedAt, this.storedAt, this.endedAt);
	}

	StorageId id() {
		return this.id;
	}

	EmployeeId employeeId() {
		return this.employeeId;
	}

	Set<PhoneId> phoneIds() {
		return this.phoneIds;
	}

	int unenrolledPhones() {
		return this.unenrolledPhones;
	}

	Instant openedAt() {
		return this.openedAt;
	}

	Instant storedAt() {
		return this.storedAt;
	}

	Instant endedAt() {
		return this.endedAt;
	}

	StorageEnd end() {
		return this.end;
	}

	boolean active() {
		return this.end == null;
	}

	long version() {
		return this.version;
	}

	private void end(StorageEnd how, Instant now) {
		this.end = how;
		this.endedAt = now;
	}

	private void requireActive(String verb) {
		if (this.end != null) {
			throw new IllegalStateException("Storage " + this.id + " cannot " + verb + ": it ended " + this.end);
		}
	}

}
