package org.cloakroom.kiosk.locker.wiring;

import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.bcmLine;
import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.present;

/**
 * A kiosk-wide output that is on or off (buzzer, status LED); {@code active} is the level
 * that switches it on. It starts and ends off.
 */
public record SwitchedOutput(int line, Level active) {

	public SwitchedOutput {
		bcmLine("line", line);
		present("active", active);
	}

}
