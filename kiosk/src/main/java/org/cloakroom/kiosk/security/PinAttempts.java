package org.cloakroom.kiosk.security;

import org.springframework.stereotype.Component;

/**
 * Counts wrong PINs per badge and locks PIN entry for that badge after too many within a
 * window (both from {@code cloakroom.security.pin.*}), using the injected Clock.
 */
@Component
public class PinAttempts {

	/**
	 * @throws PinEntryLockedException while the badge is locked out
	 */
	public void checkAllowed(String badgeId) {
		throw new UnsupportedOperationException("TODO security helper");
	}

	/**
	 * Records a wrong PIN (and publishes {@link PinRejected}); returns attempts left
	 * before lock-out.
	 */
	public int recordFailure(String badgeId) {
		throw new UnsupportedOperationException("TODO security helper");
	}

	public void recordSuccess(String badgeId) {
		throw new UnsupportedOperationException("TODO security helper");
	}

}
