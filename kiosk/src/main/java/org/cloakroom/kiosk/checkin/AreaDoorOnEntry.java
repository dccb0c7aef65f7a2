package org.cloakroom.kiosk.checkin;

import java.util.Optional;

import org.cloakroom.kiosk.locker.AreaDoor;
import org.cloakroom.kiosk.locker.StorageStage;
import org.cloakroom.kiosk.locker.StorageView;
import org.cloakroom.kiosk.locker.Storages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Releases the area door once entry is granted and committed: the employee has no phone
 * left that must be stored (nothing to store, or everything stored and locked). Entry is
 * granted only for an identified employee (a check-in's, or a storage's that a check-in
 * opened), once per check-in; the door stays shut while that employee's phones are still
 * going into a locker or coming out of one.
 */
@Component
class AreaDoorOnEntry {

	private static final Logger log = LoggerFactory.getLogger(AreaDoorOnEntry.class);

	private final AreaDoor areaDoor;

	private final Storages storages;

	AreaDoorOnEntry(AreaDoor areaDoor, Storages storages) {
		this.areaDoor = areaDoor;
		this.storages = storages;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(EntryGranted granted) {
		// phones still going into a locker, or coming out of one, are not stored
		Optional<StorageStage> unsettled = this.storages.activeFor(granted.employeeId())
			.map(StorageView::stage)
			.filter((stage) -> stage != StorageStage.STORED);
		if (unsettled.isPresent()) {
			log.warn("Entry granted to employee {} while a storage is {}; the area door stays shut",
					granted.employeeId(), unsettled.get());
			return;
		}
		try {
			this.areaDoor.release(granted.employeeId(), granted.because());
		}
		catch (RuntimeException ex) {
			// the entry is committed; the employee can badge again or an officer opens
			// the door
			log.error("The area door could not be released for employee {}", granted.employeeId(), ex);
		}
	}

}
