package org.cloakroom.kiosk.enrolment;

/** Another employee is already enrolled with this badge; the web layer answers 409. */
public class DuplicateBadgeException extends RuntimeException {

	public DuplicateBadgeException(String badgeId) {
		super("Badge " + badgeId + " is already enrolled");
	}

}
