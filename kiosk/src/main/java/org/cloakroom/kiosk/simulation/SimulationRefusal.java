package org.cloakroom.kiosk.simulation;

import org.cloakroom.kiosk.Refusal;

/** The simulation's controls refuse what the simulated bank does not have. */
final class SimulationRefusal extends Refusal {

	private SimulationRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

	/** A tray switch on a locker wired without an occupancy sensor. */
	static SimulationRefusal noOccupancySensor(int lockerId) {
		return new SimulationRefusal(Kind.INVALID, "simulation-no-occupancy-sensor", lockerId);
	}

	/** The fire alarm sounded in a simulation whose wiring has no fire-alarm input. */
	static SimulationRefusal noFireAlarmInput() {
		return new SimulationRefusal(Kind.INVALID, "simulation-no-fire-alarm-input");
	}

}
