package org.cloakroom.kiosk.enrolment;

/**
 * The employee holding this badge was deactivated: the kiosk refuses them (code
 * {@code employee-deactivated}, which the kiosk says in the employee's language).
 */
public class EmployeeDeactivatedException extends EnrolmentRefusal {

	public static final String CODE = "employee-deactivated";

	public EmployeeDeactivatedException(String badgeId) {
		super(Kind.NOT_ALLOWED, CODE, badgeId);
	}

}
