package org.cloakroom.kiosk.locker;

import java.time.Instant;

/**
 * A locker as other modules and pages see it. {@code sessionId} is the storage session it
 * serves (null when free); {@code deadline} is when a reservation, release or admin open
 * times out; {@code fault} why it is in FAULT (null otherwise); {@code adminOpen} whether
 * an admin has it unlocked; {@code emptyCloses} how often the current deposit's door
 * closed on an empty tray (the kiosk asks again).
 */
public record LockerView(int id, String label, int row, int column, LockerState state, Long sessionId, boolean doorOpen,
		Instant deadline, LockerFault fault, boolean adminOpen, int emptyCloses) {
}
