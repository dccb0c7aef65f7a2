package org.cloakroom.kiosk.security;

import java.time.Instant;

/**
 * PIN entry for a badge is locked after too many wrong PINs, until
 * {@link #lockedUntil()}.
 */
public class PinEntryLockedException extends SecurityRefusal {

	private final Instant lockedUntil;

	public PinEntryLockedException(String badgeId, Instant lockedUntil) {
		super(Kind.TOO_MANY, "pin-locked", badgeId, lockedUntil);
		this.lockedUntil = lockedUntil;
	}

	public Instant lockedUntil() {
		return this.lockedUntil;
	}

}
