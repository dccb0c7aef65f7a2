package org.cloakroom.kiosk.enrolment;

/** Another employee is already enrolled with this badge. */
public class DuplicateBadgeException extends EnrolmentRefusal {

	public DuplicateBadgeException(String badgeId) {
		super(Kind.CONFLICT, "badge-taken", badgeId);
	}

}
