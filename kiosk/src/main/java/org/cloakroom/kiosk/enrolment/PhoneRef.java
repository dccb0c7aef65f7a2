package org.cloakroom.kiosk.enrolment;

/** An enrolled phone: whose, what the employee calls it ("Pixel"), and its platform. */
public record PhoneRef(PhoneId id, EmployeeId employeeId, String label, Platform platform) {
}
