package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.Set;

/** A storage session as pages and other modules see it. */
public record SessionView(long id, long employeeId, Integer lockerId, SessionState state, Set<Long> phoneIds,
		int unenrolledPhones, Instant openedAt, Instant storedAt, Instant endedAt) {
}
