package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validExpander;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validLine;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;

import java.util.Optional;

/**
 * A kiosk-wide output that is on or off (buzzer, status LED); {@code active} is the level
 * that switches it on. It starts and ends off.
 */
public record SwitchedOutput(int line, Level active, @Omissible String expander) {

	public SwitchedOutput {
		validLine("line", line);
		present("active", active);
		validExpander("expander", expander);
	}

	public SwitchedOutput(int line, Level active) {
		this(line, active, null);
	}

	public Optional<String> onExpander() {
		return Optional.ofNullable(this.expander);
	}

}
