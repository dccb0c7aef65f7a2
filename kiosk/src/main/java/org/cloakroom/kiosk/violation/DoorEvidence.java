package org.cloakroom.kiosk.violation;

import java.time.Instant;

/**
 * What the door knows of a phone: the last answer to "do you have it with you?" (null if
 * never asked) and when it was last stored and collected (null if never).
 */
record DoorEvidence(Boolean declaredCarried, Instant declaredAt, Instant lastStoredAt, Instant lastCollectedAt) {

	static final DoorEvidence NONE = new DoorEvidence(null, null, null, null);

}
