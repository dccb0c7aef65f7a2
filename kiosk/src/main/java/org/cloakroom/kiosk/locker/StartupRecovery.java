package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.Optional;

/**
 * What start-up makes of each persisted state and what the sensors read now: always a
 * locked, safe state, and an event that says what happened and what an officer does.
 */
final class StartupRecovery {

	private StartupRecovery() {
	}

	static void reserved(Locker locker, boolean doorOpen, Optional<Boolean> occupied, Instant now) {
		Long session = locker.sessionId();
		boolean empty = occupied.equals(Optional.of(false));
		if (!locker.doorOpenedDuringTransition() && !doorOpen) {
			String door = (locker.emptyCloses() == 0) ? "its door was never opened"
					: "its door had closed on an empty tray and was not opened again";
			locker.settleAtStartup(LockerState.FREE, "Reserved for session " + session + " when the kiosk stopped, and "
					+ door + ": locked and free again.", now);
		}
		else if (empty && !doorOpen) {
			locker.settleAtStartup(LockerState.FREE, "Reserved for session " + session
					+ " when the kiosk stopped; the occupancy sensor reads an empty tray, so nothing was stored:"
					+ " locked and free again.", now);
		}
		else {
			locker.settleAtStartup(LockerState.OCCUPIED,
					"Reserved for session " + session
							+ " when the kiosk stopped, after its door had been opened: the phone is probably inside,"
							+ " so the locker is locked and occupied." + doorNote(doorOpen),
					now);
		}
	}

	static void releasing(Locker locker, boolean doorOpen, Instant now) {
		Long session = locker.sessionId();
		String who = locker.isAdminOpen() ? "an admin" : "session " + session;
		String again = locker.isAdminOpen() ? "the admin opens it again" : "the owner collects again";
		locker.settleAtStartup(
				LockerState.OCCUPIED, "Being released to " + who
						+ " when the kiosk stopped: locked and still occupied; " + again + "." + doorNote(doorOpen),
				now);
	}

	static void stillFaulty(Locker locker, Instant now) {
		locker.reportAtStartup(new LockerRecoveredAtStartup(locker.id(), LockerState.FAULT, LockerState.FAULT,
				locker.sessionId(),
				"Still in FAULT (" + locker.fault() + ") when the kiosk started: kept locked. An officer inspects it"
						+ " and clears the fault (POST /api/v1/lockers/" + locker.id() + "/clear-fault).",
				now));
	}

	static void settled(Locker locker, boolean doorOpen, Optional<Boolean> occupied, Instant now) {
		LockerState state = locker.state();
		Long session = locker.sessionId();
		boolean empty = occupied.equals(Optional.of(false));
		if (doorOpen) {
			locker.faultAtStartup(true, occupied,
					"The door of " + describe(state, session)
							+ " reads open at start-up: it may have been forced while the kiosk was down.",
					officerAction(locker.id(), state), now);
		}
		else if (state == LockerState.OCCUPIED && empty) {
			locker.faultAtStartup(false, occupied, "The occupancy sensor of " + describe(state, session)
					+ " reads an empty tray at start-up: the phone may have been taken while the kiosk was down.",
					officerAction(locker.id(), state), now);
		}
		else {
			locker.reportAtStartup(null);
		}
	}

	static void outOfService(Locker locker, boolean doorOpen, Instant now) {
		locker.reportAtStartup(
				doorOpen ? new LockerDoorOpenAtStartup(locker.id(), LockerState.OUT_OF_SERVICE, now) : null);
	}

	private static String officerAction(int lockerId, LockerState state) {
		String inspect = "Go to locker " + lockerId + ", look inside and check the lock and the sensors' wiring.";
		if (state == LockerState.OCCUPIED) {
			return inspect + " If the phone is there, close the door and clear the fault (it returns to OCCUPIED for"
					+ " its owner); if it is gone, clear the fault and open it as an admin to end the session, and"
					+ " report the loss.";
		}
		return inspect + " Remove anything inside, close the door and clear the fault (it returns to FREE), or take"
				+ " it out of service if it is damaged.";
	}

	private static String describe(LockerState state, Long session) {
		return (session != null) ? "an " + state + " locker (session " + session + ")" : "a " + state + " locker";
	}

	private static String doorNote(boolean doorOpen) {
		return doorOpen ? " The door sensor reads open at start-up." : "";
	}

}
