package org.cloakroom.kiosk.checkin;

/**
 * The employee asked to collect phones but has none in a locker; the web layer answers
 * 409.
 */
public class NothingStoredException extends RuntimeException {

	public NothingStoredException(String employeeName) {
		super(employeeName + " has no phone in a locker");
	}

}
