package org.cloakroom.kiosk.locker.gpio;

import java.util.Optional;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;

import org.cloakroom.kiosk.locker.wiring.Level;
import org.cloakroom.kiosk.locker.wiring.LockerWiring;

/** One locker's Pi4J lines and what their levels mean. */
record LockerLines(LockerWiring wiring, DigitalOutput lock, DigitalInput door, Optional<DigitalInput> occupancy) {

	boolean isUnlocked() {
		return lock().state() == state(this.wiring.lock().active());
	}

	/** A line that reads anything but "closed" (including unknown) counts as open. */
	boolean isDoorOpen() {
		return isDoorOpen(this.door.state());
	}

	boolean isDoorOpen(DigitalState reading) {
		return reading != state(this.wiring.door().active());
	}

	static DigitalState state(Level level) {
		return (level == Level.HIGH) ? DigitalState.HIGH : DigitalState.LOW;
	}

}
