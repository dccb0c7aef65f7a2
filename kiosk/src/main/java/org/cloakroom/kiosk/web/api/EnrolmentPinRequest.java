package org.cloakroom.kiosk.web.api;

/** An employee's new PIN (a PIN reset); hashed at once, never shown or logged. */
record EnrolmentPinRequest(String pin) implements ActedBySignedInUser {

	@Override
	public String toString() {
		return "EnrolmentPinRequest[pin=hidden]";
	}

}
