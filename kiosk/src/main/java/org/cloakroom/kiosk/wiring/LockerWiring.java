package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.atLeast;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.text;

import java.util.Optional;

/** One locker: where it sits in the bank and how its lock and sensors are wired. */
public record LockerWiring(int id, String label, int row, int column, LockOutput lock, SensorInput door,
		@Omissible OccupancyInput occupancy) {

	public LockerWiring {
		atLeast("id", id, 1);
		text("label", label);
		atLeast("row", row, 1);
		atLeast("column", column, 1);
		present("lock", lock);
		present("door", door);
	}

	/** The optional occupancy sensor (a tray switch or an IR beam) as a switch. */
	public Optional<SensorInput> occupancySensor() {
		return Optional.ofNullable(this.occupancy).map(OccupancyInput::sensor);
	}

}
