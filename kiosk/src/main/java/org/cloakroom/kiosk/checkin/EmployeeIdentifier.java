package org.cloakroom.kiosk.checkin;

import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeRef;

import org.springframework.stereotype.Component;

/**
 * Turns a badge read, or a badge number typed with its PIN, into an employee (or a clear
 * refusal). A typed number always goes through the PIN check, so a PIN lock-out locks
 * that badge's typed entry on every path (screen, kiosk API, check-in and collection
 * API); a read does not, because the reader saw the badge itself.
 */
@Component
class EmployeeIdentifier {

	private final EmployeeDirectory directory;

	EmployeeIdentifier(EmployeeDirectory directory) {
		this.directory = directory;
	}

	EmployeeRef identify(Identification who) {
		return switch (who.source()) {
			case READER -> this.directory.byBadge(who.badgeId());
			case TYPED -> this.directory.byBadgeAndPin(who.badgeId(), who.pin());
		};
	}

}
