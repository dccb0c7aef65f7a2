package org.cloakroom.kiosk.locker;

import java.time.Instant;

/**
 * A locker as other modules and pages see it. {@code storageId} is the storage it holds
 * or is unlocked for (null when none); {@code deadline} is when its unlock (for storing,
 * collecting or an admin's open) times out; {@code fault} why it is in FAULT (null
 * otherwise); {@code adminOpen} whether an admin has it unlocked; {@code emptyCloses} how
 * often the current storing's door closed on an empty tray (the kiosk asks again).
 */
public record LockerView(LockerId id, String label, int row, int column, LockerState state, StorageId storageId,
		boolean doorOpen, Instant deadline, LockerFault fault, boolean adminOpen, int emptyCloses) {
}
