package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validExpander;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validLine;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;

import java.time.Duration;
import java.util.Optional;

/**
 * The output that drives a locker's relay. {@code active} is the level that unlocks (the
 * relay energised); the other level is locked, and it is the level the line starts and
 * ends at. In {@link LockMode#PULSE} mode {@code pulseMs} is how long an unlock drives
 * the active level; in {@link LockMode#HOLD} mode it is absent.
 */
public record LockOutput(int line, Level active, LockMode mode, @Omissible Integer pulseMs,
		@Omissible String expander) {

	public LockOutput {
		validLine("line", line);
		present("active", active);
		present("mode", mode);
		if (mode == LockMode.PULSE) {
			InvalidWiringValue.pulseMs("pulse-ms", present("pulse-ms", pulseMs));
		}
		else if (pulseMs != null) {
			throw new InvalidWiringValue("pulse-ms",
					"applies only to mode: pulse, was " + pulseMs + " with mode: hold");
		}
		validExpander("expander", expander);
	}

	/** A hold-mode lock on a header line. */
	public LockOutput(int line, Level active, LockMode mode) {
		this(line, active, mode, null, null);
	}

	public Level lockedLevel() {
		return this.active.inverse();
	}

	/** How long an unlock pulses the output; empty in hold mode. */
	public Optional<Duration> pulse() {
		return Optional.ofNullable(this.pulseMs).map(Duration::ofMillis);
	}

	public Optional<String> onExpander() {
		return Optional.ofNullable(this.expander);
	}

}
