package org.cloakroom.kiosk.locker.wiring;

import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.atLeast;
import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.bcmLine;
import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.present;

/**
 * A switch on an input line: a door's reed switch or an occupancy sensor. {@code active}
 * is the level the line reads while the switch is closed (door shut, tray occupied).
 */
public record SensorInput(int line, Pull pull, Level active, int debounceMs) {

	public SensorInput {
		bcmLine("line", line);
		present("pull", pull);
		present("active", active);
		atLeast("debounce-ms", debounceMs, 0);
	}

}
