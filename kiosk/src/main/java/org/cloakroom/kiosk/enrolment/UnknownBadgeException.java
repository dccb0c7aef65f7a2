package org.cloakroom.kiosk.enrolment;

/**
 * No employee holds this badge. Its own type, so that the kiosk can tell it from a
 * check-in that ended (both are "not found" to the API).
 */
public class UnknownBadgeException extends EnrolmentRefusal {

	public UnknownBadgeException(String badgeId) {
		super(Kind.NOT_FOUND, "unknown-badge", badgeId);
	}

}
