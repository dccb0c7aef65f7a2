package org.cloakroom.kiosk.audit;

import java.util.Optional;

/**
 * The port through which the log learns whose a storage is: locker events name a locker
 * and a storage only, and the locker module, which owns storages, answers here so that an
 * employee's search and visit find them without the log depending on it.
 */
public interface StorageOwners {

	/** The employee whose phones the storage holds (or held), by id; empty if unknown. */
	Optional<Long> employeeOf(long storageId);

}
