package org.cloakroom.kiosk.enrolment;

/**
 * A BLE identity or device identifier is already enrolled (for this or another phone), so
 * the kiosk or an MDM import could not tell the phones apart. The words show only the
 * identity's safe description, never an IRK.
 */
public class DuplicateIdentityException extends EnrolmentRefusal {

	/** A BLE identity, by its safe description. */
	public DuplicateIdentityException(String description, PhoneId phoneId) {
		super(Kind.CONFLICT, "identity-taken", description, phoneId);
	}

	/** A device identifier ({@code serial}, {@code IMEI}, ...) with its value. */
	DuplicateIdentityException(String what, String value, PhoneId phoneId) {
		super(Kind.CONFLICT, "device-id-taken", what, value, phoneId);
	}

}
