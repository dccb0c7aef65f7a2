package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validExpander;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validLine;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;

import java.time.Duration;
import java.util.Optional;

/**
 * A kiosk-wide output that is pulsed (the area-door release): driven to {@code active}
 * for {@code pulseMs}, then back. It starts and ends inactive, i.e. the door stays shut.
 */
public record PulsedOutput(int line, Level active, int pulseMs, @Omissible String expander) {

	public PulsedOutput {
		validLine("line", line);
		present("active", active);
		InvalidWiringValue.pulseMs("pulse-ms", pulseMs);
		validExpander("expander", expander);
	}

	public PulsedOutput(int line, Level active, int pulseMs) {
		this(line, active, pulseMs, null);
	}

	public Duration pulse() {
		return Duration.ofMillis(this.pulseMs);
	}

	public Optional<String> onExpander() {
		return Optional.ofNullable(this.expander);
	}

}
