package org.cloakroom.kiosk.locker.wiring;

import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.bcmLine;
import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.present;

/**
 * The output that drives a locker's relay. {@code active} is the level that unlocks (the
 * relay energised); the other level is locked, and it is the level the line starts and
 * ends at.
 */
public record LockOutput(int line, Level active, LockMode mode) {

	public LockOutput {
		bcmLine("line", line);
		present("active", active);
		present("mode", mode);
	}

	public Level lockedLevel() {
		return this.active.inverse();
	}

}
