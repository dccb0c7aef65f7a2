package org.cloakroom.kiosk.locker;

import java.time.Instant;

/**
 * A locker as other modules and pages see it. {@code sessionId} is the storage session it
 * serves (null when free); {@code deadline} is when a reservation or release times out.
 */
public record LockerView(int id, String label, int row, int column, LockerState state, Long sessionId, boolean doorOpen,
		Instant deadline) {
}
