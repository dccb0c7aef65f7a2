package org.cloakroom.kiosk.enrolment;

/**
 * A BLE identity is already enrolled (for this or another phone), so the kiosk could not
 * tell the phones apart; the web layer answers 409. The message shows only the identity's
 * safe description, never an IRK.
 */
public class DuplicateIdentityException extends RuntimeException {

	public DuplicateIdentityException(String description, PhoneId phoneId) {
		super("The " + description + " is already enrolled for phone " + phoneId);
	}

}
