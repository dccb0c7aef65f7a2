package org.cloakroom.kiosk.siem;

import java.time.Instant;

/**
 * What the forwarding last did, for health.
 *
 * @param cursor the last sequence written and flushed to the SIEM
 * @param lastSuccessAt when a batch was last sent, or null
 * @param lastError what the last failure was (no secrets: the receiver's own words), or
 * null
 * @param lastErrorAt when it happened, or null
 * @param failures failed attempts since the last success
 * @param nextAttemptAt when a connection is tried again after failures, or null
 */
record SiemStatus(long cursor, Instant lastSuccessAt, String lastError, Instant lastErrorAt, int failures,
		Instant nextAttemptAt) {

	static SiemStatus startingAt(long cursor) {
		return new SiemStatus(cursor, null, null, null, 0, null);
	}

	/** A batch up to {@code cursor} was sent at {@code at}. */
	SiemStatus sent(long cursor, Instant at) {
		return new SiemStatus(cursor, at, this.lastError, this.lastErrorAt, this.failures, null);
	}

	/** Everything there was got sent, so the failures in a row are over. */
	SiemStatus caughtUp(long cursor) {
		return new SiemStatus(cursor, this.lastSuccessAt, this.lastError, this.lastErrorAt, 0, null);
	}

	/** An attempt failed; the next comes at {@code nextAttemptAt}. */
	SiemStatus failed(long cursor, String error, Instant at, int failures, Instant nextAttemptAt) {
		return new SiemStatus(cursor, this.lastSuccessAt, error, at, failures, nextAttemptAt);
	}

}
