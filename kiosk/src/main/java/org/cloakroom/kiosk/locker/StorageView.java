package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.Set;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/**
 * A storage as pages and other modules see it. While it is active, {@code lockerId} and
 * {@code stage} are the locker's that holds it, and {@code end} is null; once it ended,
 * {@code end} says how, and no locker holds it.
 */
public record StorageView(StorageId id, EmployeeId employeeId, LockerId lockerId, StorageStage stage, StorageEnd end,
		Set<PhoneId> phoneIds, int unenrolledPhones, Instant openedAt, Instant storedAt, Instant endedAt) {

	public StorageView {
		phoneIds = Set.copyOf(phoneIds);
	}

	public boolean active() {
		return this.end == null;
	}

	/** The phones are in the locked locker. */
	public boolean stored() {
		return this.stage == StorageStage.STORED;
	}

}
