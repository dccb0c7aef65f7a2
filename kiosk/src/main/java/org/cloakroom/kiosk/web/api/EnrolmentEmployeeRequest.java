package org.cloakroom.kiosk.web.api;

/**
 * An employee to enrol; the PIN is hashed at once and never shown again.
 * {@code language}: the BCP 47 tag of the employee's preferred kiosk language, or none
 * for the kiosk's default.
 */
record EnrolmentEmployeeRequest(String name, String badgeId, String pin,
		String language) implements ActedBySignedInUser {

	@Override
	public String toString() {
		// the PIN never reaches a log line
		return "EnrolmentEmployeeRequest[name=" + this.name + ", badgeId=" + this.badgeId + ", pin=hidden]";
	}

}
