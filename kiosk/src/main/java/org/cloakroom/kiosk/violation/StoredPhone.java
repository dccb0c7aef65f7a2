package org.cloakroom.kiosk.violation;

import java.time.Instant;

/** A phone the lockers report as stored: in which storage and locker, since when. */
record StoredPhone(long phoneId, long storageId, int lockerId, long employeeId, Instant storedAt) {
}
