package org.cloakroom.kiosk.locker.wiring;

/**
 * The wiring file cannot be used; the message names the file, the line and the field.
 * Start-up stops with it.
 */
public class WiringException extends RuntimeException {

	public WiringException(String message, Throwable cause) {
		super(message, cause);
	}

}
