package org.cloakroom.kiosk.locker;

/** Every locker is taken (409). */
public class NoFreeLockerException extends LockerRefusal {

	public NoFreeLockerException() {
		super("no-free-locker");
	}

}
