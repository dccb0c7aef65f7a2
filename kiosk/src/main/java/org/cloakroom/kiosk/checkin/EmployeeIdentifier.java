package org.cloakroom.kiosk.checkin;

import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeRef;

import org.springframework.stereotype.Component;

/**
 * Turns a badge read, or a badge number with a PIN, into an employee (or a clear
 * refusal).
 */
@Component
class EmployeeIdentifier {

	private final EmployeeDirectory directory;

	EmployeeIdentifier(EmployeeDirectory directory) {
		this.directory = directory;
	}

	EmployeeRef identify(Identification who) {
		return who.withPin() ? this.directory.byBadgeAndPin(who.badgeId(), who.pin())
				: this.directory.byBadge(who.badgeId());
	}

}
