package org.cloakroom.kiosk.enrolment;

/**
 * An enrolled employee as other modules see one (never the PIN hash). {@code language}:
 * the BCP 47 tag of the language the employee reads the kiosk in ({@code zh-CN}), or null
 * for the kiosk's default.
 */
public record EmployeeRef(EmployeeId id, String name, String badgeId, String language) {

	public EmployeeRef(EmployeeId id, String name, String badgeId) {
		this(id, name, badgeId, null);
	}

}
