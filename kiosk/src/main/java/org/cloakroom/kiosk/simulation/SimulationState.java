package org.cloakroom.kiosk.simulation;

import java.util.List;

import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.locker.LockerState;

/** The simulated world as the control panel shows it. */
public record SimulationState(List<Badge> badges, List<Phone> phones, List<Locker> lockers) {

	/** A demo employee's badge; the PIN is shown because these are demo people. */
	public record Badge(String badgeId, String name, String pin) {
	}

	public record Phone(String key, String label, String owner, boolean enrolled, VirtualPosition position,
			boolean quiet) {
	}

	public record Locker(int id, String label, LockerState state, boolean doorOpen, boolean unlocked) {
	}

}
