package org.cloakroom.kiosk.security;

import java.time.Instant;

/**
 * PIN entry for a badge is locked after too many wrong PINs; the web layer answers 429.
 */
public class PinEntryLockedException extends RuntimeException {

	private final Instant lockedUntil;

	public PinEntryLockedException(String badgeId, Instant lockedUntil) {
		super("Too many wrong PINs for badge " + badgeId + "; PIN entry is locked until " + lockedUntil);
		this.lockedUntil = lockedUntil;
	}

	public Instant lockedUntil() {
		return this.lockedUntil;
	}

}
