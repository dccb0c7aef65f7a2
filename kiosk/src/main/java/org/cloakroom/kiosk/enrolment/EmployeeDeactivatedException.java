package org.cloakroom.kiosk.enrolment;

/**
 * The employee holding this badge was deactivated: the kiosk refuses them (code
 * {@code employee-deactivated}, which the kiosk says in the employee's language).
 * {@code employee} says who, so that the kiosk can still give back phones they stored.
 */
public class EmployeeDeactivatedException extends EnrolmentRefusal {

	public static final String CODE = "employee-deactivated";

	private final transient EmployeeRef employee;

	public EmployeeDeactivatedException(EmployeeRef employee) {
		super(Kind.NOT_ALLOWED, CODE, employee.badgeId());
		this.employee = employee;
	}

	public EmployeeRef employee() {
		return this.employee;
	}

}
