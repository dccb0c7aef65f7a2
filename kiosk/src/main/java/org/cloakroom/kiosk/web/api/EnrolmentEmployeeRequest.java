package org.cloakroom.kiosk.web.api;

/** An employee to enrol; the PIN is hashed at once and never shown again. */
record EnrolmentEmployeeRequest(String name, String badgeId, String pin) implements ActedBySignedInUser {

	@Override
	public String toString() {
		return "EnrolmentEmployeeRequest[name=" + this.name + ", badgeId=" + this.badgeId + ", pin=hidden]";
	}

}
