package org.cloakroom.kiosk.locker;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why start-up put a locker where it did: the {@code reason} of
 * {@link LockerRecoveredAtStartup} and {@link LockerSensorsDisagreedAtStartup}. The words
 * an officer reads, with what to do, are {@code recovery.<code>} in
 * {@code messages/locker.properties}, with the locker as {0}, its storage as {1} and its
 * fault as {2}.
 */
public enum RecoveryReason {

	/** Unlocked for storing, the door never opened: free again. */
	STORING_DOOR_NEVER_OPENED(LockerState.FREE),
	/**
	 * Unlocked for storing, the door had closed on an empty tray and not opened again.
	 */
	STORING_CLOSED_EMPTY(LockerState.FREE),
	/** Unlocked for storing, the door had opened, the tray reads empty: free again. */
	STORING_TRAY_EMPTY(LockerState.FREE),
	/** Unlocked for storing and the door had opened: the phone is probably inside. */
	STORING_DOOR_OPENED(LockerState.STORED),
	/** As {@link #STORING_DOOR_OPENED}, and the door reads open now. */
	STORING_DOOR_OPENED_READS_OPEN(LockerState.STORED),
	/** Unlocked for its owner to collect: locked, still stored. */
	COLLECTING(LockerState.STORED),
	/** As {@link #COLLECTING}, and the door reads open now. */
	COLLECTING_READS_OPEN(LockerState.STORED),
	/** Unlocked for an admin to collect: locked, still stored. */
	ADMIN_COLLECTING(LockerState.STORED),
	/** As {@link #ADMIN_COLLECTING}, and the door reads open now. */
	ADMIN_COLLECTING_READS_OPEN(LockerState.STORED),
	/** In FAULT when the kiosk stopped: kept locked for an officer. */
	STILL_IN_FAULT(LockerState.FAULT),
	/** The door of a FREE locker reads open: it may have been forced. */
	DOOR_OPEN_FREE(LockerState.FAULT),
	/** The door of a STORED locker reads open: it may have been forced. */
	DOOR_OPEN_STORED(LockerState.FAULT),
	/** The tray of a STORED locker reads empty: the phone may have been taken. */
	TRAY_EMPTY_STORED(LockerState.FAULT);

	private final LockerState after;

	RecoveryReason(LockerState after) {
		this.after = after;
	}

	/** The state start-up leaves the locker in. */
	public LockerState after() {
		return this.after;
	}

	/** The code the audit log records and the message bundle knows. */
	@JsonValue
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
