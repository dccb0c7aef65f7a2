package org.cloakroom.kiosk.locker;

/** Every locker is taken; the web layer answers 409. */
public class NoFreeLockerException extends RuntimeException {

	public NoFreeLockerException() {
		super("No locker is free");
	}

}
