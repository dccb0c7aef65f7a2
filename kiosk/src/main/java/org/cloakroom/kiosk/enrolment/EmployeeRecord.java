package org.cloakroom.kiosk.enrolment;

import java.time.Instant;

/**
 * An employee as the door needs them, PIN hash included (never a PIN): what central sends
 * a kiosk, keeping central's id so that audit subjects mean the same at both.
 */
public record EmployeeRecord(EmployeeId id, String name, String badgeId, String pinHash, String language,
		Instant deactivatedAt) {

	@Override
	public String toString() {
		return "EmployeeRecord[id=" + this.id + ", badgeId=" + this.badgeId + "]";
	}

}
