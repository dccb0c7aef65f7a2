package org.cloakroom.kiosk.locker.wiring;

import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.bcmLine;
import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.present;

import java.time.Duration;

/**
 * A kiosk-wide output that is pulsed (the area-door release): driven to {@code active}
 * for {@code pulseMs}, then back. It starts and ends inactive, i.e. the door stays shut.
 */
public record PulsedOutput(int line, Level active, int pulseMs) {

	public PulsedOutput {
		bcmLine("line", line);
		present("active", active);
		InvalidWiringValue.pulseMs("pulse-ms", pulseMs);
	}

	public Duration pulse() {
		return Duration.ofMillis(this.pulseMs);
	}

}
