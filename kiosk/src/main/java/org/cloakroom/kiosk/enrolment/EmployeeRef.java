package org.cloakroom.kiosk.enrolment;

/** An enrolled employee as other modules see one (never the PIN hash). */
public record EmployeeRef(EmployeeId id, String name, String badgeId) {
}
