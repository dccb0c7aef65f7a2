package org.cloakroom.kiosk.locker.gpio;

/**
 * GPIO failed; the message names the provider, the locker, the BCM line and the wiring
 * file, so that an admin can find the wire.
 */
public class GpioException extends RuntimeException {

	public GpioException(String message, Throwable cause) {
		super(message, cause);
	}

}
