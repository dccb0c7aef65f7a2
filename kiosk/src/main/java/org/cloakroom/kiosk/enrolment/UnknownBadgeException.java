package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.NotFoundException;

/**
 * No employee holds this badge. Its own type, so that the kiosk can tell it from a
 * check-in that ended (both are "not found" to the API).
 */
public class UnknownBadgeException extends NotFoundException {

	public UnknownBadgeException(String badgeId) {
		super("Badge", badgeId);
	}

}
