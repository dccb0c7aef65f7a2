package org.cloakroom.kiosk.locker;

import java.util.Optional;

import org.cloakroom.kiosk.audit.StorageOwners;

import org.springframework.stereotype.Component;

/**
 * Tells the audit log whose a storage is, so an employee's search and visit find the
 * locker events that name only the storage.
 */
@Component
class StorageOwnersOfTable implements StorageOwners {

	private final StorageTable storages;

	StorageOwnersOfTable(StorageTable storages) {
		this.storages = storages;
	}

	@Override
	public Optional<Long> employeeOf(long storageId) {
		if (storageId < 1) {
			return Optional.empty();
		}
		return this.storages.byId(StorageId.of(storageId)).map((storage) -> storage.employeeId().value());
	}

}
