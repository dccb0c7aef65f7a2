package org.cloakroom.kiosk.locker.gpio;

import java.util.function.Consumer;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;

import org.cloakroom.kiosk.wiring.SensorInput;

/**
 * One input line with a switch on it, read as "switch closed" (door shut, tray occupied,
 * enclosure shut) when it is at the wired active level. Anything else, an unknown reading
 * included, counts as the switch open: a cut wire never hides an open door.
 */
record SensorLine(DigitalInput input, SensorInput wiring, OutputLine.Failure failure) implements SwitchSensor {

	@Override
	public boolean closed() {
		try {
			return closed(this.input.state());
		}
		catch (RuntimeException ex) {
			throw this.failure.apply("cannot read", ex);
		}
	}

	boolean closed(DigitalState reading) {
		return reading == LockerLines.state(this.wiring.active());
	}

	/** Feeds each debounced change to {@code closed}, on the input's thread. */
	@Override
	public void onChange(Consumer<Boolean> closed) {
		this.input.addListener((event) -> closed.accept(closed(event.state())));
	}

}
