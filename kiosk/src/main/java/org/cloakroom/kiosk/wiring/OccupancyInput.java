package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validDebounceMs;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validExpander;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validLine;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;

/**
 * A locker's occupancy sensor. {@code active} is the level the line reads while a phone
 * is in the locker (tray switch pressed, beam broken). {@code kind} defaults to a tray
 * switch.
 */
public record OccupancyInput(@Omissible OccupancyKind kind, int line, Pull pull, Level active, int debounceMs,
		@Omissible String expander) {

	public OccupancyInput {
		kind = (kind != null) ? kind : OccupancyKind.TRAY_SWITCH;
		validLine("line", line);
		present("pull", pull);
		present("active", active);
		validDebounceMs("debounce-ms", debounceMs);
		validExpander("expander", expander);
	}

	/** The line as a switch: "closed" means occupied. */
	public SensorInput sensor() {
		return new SensorInput(this.line, this.pull, this.active, this.debounceMs, this.expander);
	}

}
