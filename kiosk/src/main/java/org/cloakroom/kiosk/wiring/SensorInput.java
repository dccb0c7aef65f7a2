package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validDebounceMs;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validExpander;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validLine;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;

import java.util.Optional;

/**
 * A switch on an input line: a door's reed switch, the enclosure's tamper switch.
 * {@code active} is the level the line reads while the switch is closed (door shut,
 * enclosure shut). {@code line} is a BCM number, or with {@code expander} a line of that
 * I/O expander.
 */
public record SensorInput(int line, Pull pull, Level active, int debounceMs, @Omissible String expander) {

	public SensorInput {
		validLine("line", line);
		present("pull", pull);
		present("active", active);
		validDebounceMs("debounce-ms", debounceMs);
		validExpander("expander", expander);
	}

	/** A switch on a header line. */
	public SensorInput(int line, Pull pull, Level active, int debounceMs) {
		this(line, pull, active, debounceMs, null);
	}

	public Optional<String> onExpander() {
		return Optional.ofNullable(this.expander);
	}

}
