package org.cloakroom.kiosk.fleet.ingest;

import java.time.Instant;

/**
 * A kiosk just registered, with its join code: the only time anyone sees the code
 * (central keeps its SHA-256), valid until {@code joinCodeExpiresAt} and for one join.
 */
public record KioskRegistration(RegisteredKiosk kiosk, String joinCode, Instant joinCodeExpiresAt) {

	@Override
	public String toString() {
		return "KioskRegistration[kiosk=" + this.kiosk.name() + ", joinCodeExpiresAt=" + this.joinCodeExpiresAt + "]";
	}

}
