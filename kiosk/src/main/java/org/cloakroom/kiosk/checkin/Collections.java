package org.cloakroom.kiosk.checkin;

import java.time.Instant;

import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageStage;
import org.cloakroom.kiosk.locker.StorageView;
import org.cloakroom.kiosk.locker.Storages;

import org.springframework.stereotype.Service;

/**
 * The way out: identify, and have the locker holding the employee's phones unlocked; the
 * storage ends once its door is shut again.
 */
@Service
public class Collections {

	private final EmployeeIdentifier identifier;

	private final EmployeeDirectory employees;

	private final Storages storages;

	private final Lockers lockers;

	Collections(EmployeeIdentifier identifier, EmployeeDirectory employees, Storages storages, Lockers lockers) {
		this.identifier = identifier;
		this.employees = employees;
		this.storages = storages;
		this.lockers = lockers;
	}

	/**
	 * Unlocks the locker holding the employee's phones.
	 * @throws CheckInRefusal.NothingStored when the employee has nothing stored
	 */
	public CollectionView start(Identification who) {
		return start(this.identifier.identify(who));
	}

	/** The same for an employee the kiosk identified already in this conversation. */
	CollectionView start(EmployeeRef employee) {
		StorageView stored = this.storages.activeFor(employee.id())
			.filter(StorageView::stored)
			.orElseThrow(() -> new CheckInRefusal.NothingStored(employee.name()));
		return view(this.storages.collect(stored.id()), stored.lockerId(), employee.name());
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown storage
	 */
	public CollectionView collection(StorageId storageId) {
		return collection(storageId, null);
	}

	/**
	 * The collection of a storage from {@code lockerId}, which the caller remembers: once
	 * the phones are collected, no locker holds the storage any more.
	 */
	CollectionView collection(StorageId storageId, LockerId lockerId) {
		StorageView storage = this.storages.get(storageId);
		String name = this.employees.byId(storage.employeeId()).map(EmployeeRef::name).orElse("?");
		return view(storage, (storage.lockerId() != null) ? storage.lockerId() : lockerId, name);
	}

	private CollectionView view(StorageView storage, LockerId lockerId, String employeeName) {
		Instant deadline = (storage.stage() == StorageStage.COLLECTING)
				? this.lockers.get(storage.lockerId()).deadline() : null;
		return new CollectionView(storage.id(), storage.employeeId(), employeeName, lockerId, storage.stage(),
				storage.end(), deadline);
	}

}
