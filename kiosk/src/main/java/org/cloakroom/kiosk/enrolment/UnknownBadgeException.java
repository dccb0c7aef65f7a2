package org.cloakroom.kiosk.enrolment;

/**
 * No employee holds this badge. Its own code ({@code refusal.unknown-badge}), so that the
 * kiosk can tell it from a check-in that ended (both are "not found" to the API).
 */
public class UnknownBadgeException extends EnrolmentRefusal {

	public static final String CODE = "unknown-badge";

	public UnknownBadgeException(String badgeId) {
		super(Kind.NOT_FOUND, CODE, badgeId);
	}

}
