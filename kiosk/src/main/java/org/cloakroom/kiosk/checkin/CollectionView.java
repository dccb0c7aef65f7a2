package org.cloakroom.kiosk.checkin;

import java.time.Instant;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.StorageEnd;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageStage;

/**
 * A collection at the kiosk: which locker is open for whom, until when, and how it went.
 * {@code stage} is the storage's while it is active, {@code end} how it ended.
 * {@code lockerId} is null only when asked about an ended storage by id: once collected,
 * no locker holds it.
 */
public record CollectionView(StorageId storageId, EmployeeId employeeId, String employeeName, LockerId lockerId,
		StorageStage stage, StorageEnd end, Instant lockerDeadline) {

	/** The phones were taken and the locker is free. */
	public boolean done() {
		return this.end == StorageEnd.COLLECTED;
	}

	/** The locker is unlocked for the phones to be taken. */
	public boolean open() {
		return this.stage == StorageStage.COLLECTING;
	}

}
