package org.cloakroom.kiosk.fleet.retention;

import java.time.Instant;

/**
 * One kiosk entry as an archive line holds it: every column of {@code fleet_event}, named
 * as the kiosk forwarded it, so that the chain can be re-verified from the archive alone.
 */
record ArchivedEntry(long kiosk, long sequence, Instant recordedAt, String type, String subject, boolean alert,
		String details, String previousHash, String hash, String keyId, Instant receivedAt) {

}
