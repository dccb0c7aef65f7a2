package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.Optional;

import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * What start-up makes of a locker's persisted state and what its sensors read now. It is
 * locked in every case; found in the middle of a step it is settled, and where the
 * sensors disagree with its state it goes to FAULT, each with a {@link RecoveryReason}
 * that the event reports. A door that was opened while unlocked for storing may have let
 * a phone in, so the locker counts as stored unless the tray reads empty.
 */
final class StartupRecovery {

	private StartupRecovery() {
	}

	/** The locker after start-up, and the event that reports it (if any). */
	record Recovered(LockerRow row, Optional<AuditableEvent> event) {
	}

	static Recovered recover(LockerRow found, boolean doorOpen, Occupancy tray, Instant now) {
		return recover(found, doorOpen, tray, now, false);
	}

	/**
	 * As {@link #recover(LockerRow, boolean, Occupancy, Instant)}; during an emergency
	 * release ({@code released}) doors were let go on purpose, so what the sensors read
	 * puts no settled locker in FAULT: the return to normal leaves that to the usual
	 * rules (a door held open, a phone left in a locker).
	 */
	static Recovered recover(LockerRow found, boolean doorOpen, Occupancy tray, Instant now, boolean released) {
		LockerState before = found.state();
		LockerId locker = found.id();
		StorageId held = found.storage();
		LockerRow locked = found.withUnlock(null).withOpenDoor(doorOpen ? OpenDoor.since(now) : null);
		Optional<RecoveryReason> reason = reason(before, found.unlock(), doorOpen, tray)
			.filter((why) -> !released || before == LockerState.FAULT || why.after() != LockerState.FAULT);
		if (reason.isEmpty()) {
			boolean opened = before == LockerState.OUT_OF_SERVICE && doorOpen;
			return new Recovered(locked,
					opened ? Optional.of(new LockerDoorOpenAtStartup(locker, before, now)) : Optional.empty());
		}
		RecoveryReason why = reason.get();
		if (before == LockerState.FAULT) {
			return new Recovered(locked,
					Optional.of(new LockerRecoveredAtStartup(locker, before, before, held, why, found.fault(), now)));
		}
		if (why.after() == LockerState.FAULT) {
			return new Recovered(locked.faulted(LockerFault.STARTUP_DISAGREEMENT),
					Optional.of(new LockerSensorsDisagreedAtStartup(locker, before, LockerState.FAULT, held, doorOpen,
							tray.recorded(), why, now)));
		}
		LockerRow settled = locked.settled(why.after(), (why.after() == LockerState.FREE) ? null : found.storage());
		return new Recovered(settled,
				Optional.of(new LockerRecoveredAtStartup(locker, before, why.after(), held, why, null, now)));
	}

	static Optional<RecoveryReason> reason(LockerState state, Unlock unlock, boolean doorOpen, Occupancy tray) {
		return Optional.ofNullable(switch (state) {
			case STORING -> storing(unlock, doorOpen, tray);
			case COLLECTING -> collecting(unlock, doorOpen);
			case FAULT -> RecoveryReason.STILL_IN_FAULT;
			case FREE -> doorOpen ? RecoveryReason.DOOR_OPEN_FREE : null;
			case STORED -> stored(doorOpen, tray);
			case OUT_OF_SERVICE -> null;
		});
	}

	private static RecoveryReason storing(Unlock unlock, boolean doorOpen, Occupancy tray) {
		if (!unlock.doorOpened() && !doorOpen) {
			return (unlock.emptyCloses() == 0) ? RecoveryReason.STORING_DOOR_NEVER_OPENED
					: RecoveryReason.STORING_CLOSED_EMPTY;
		}
		if (tray == Occupancy.EMPTY && !doorOpen) {
			return RecoveryReason.STORING_TRAY_EMPTY;
		}
		return doorOpen ? RecoveryReason.STORING_DOOR_OPENED_READS_OPEN : RecoveryReason.STORING_DOOR_OPENED;
	}

	private static RecoveryReason collecting(Unlock unlock, boolean doorOpen) {
		if (unlock.isAdmin()) {
			return doorOpen ? RecoveryReason.ADMIN_COLLECTING_READS_OPEN : RecoveryReason.ADMIN_COLLECTING;
		}
		return doorOpen ? RecoveryReason.COLLECTING_READS_OPEN : RecoveryReason.COLLECTING;
	}

	private static RecoveryReason stored(boolean doorOpen, Occupancy tray) {
		if (doorOpen) {
			return RecoveryReason.DOOR_OPEN_STORED;
		}
		return (tray == Occupancy.EMPTY) ? RecoveryReason.TRAY_EMPTY_STORED : null;
	}

}
