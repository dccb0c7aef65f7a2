package org.cloakroom.kiosk.locker;

import org.cloakroom.kiosk.Refusal;

/** Every locker is taken, so no phone can be stored now. */
public class NoFreeLockerException extends Refusal {

	public NoFreeLockerException() {
		super(Kind.CONFLICT, "locker.none-free");
	}

}
