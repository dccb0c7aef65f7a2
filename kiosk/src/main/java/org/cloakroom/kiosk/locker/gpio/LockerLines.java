package org.cloakroom.kiosk.locker.gpio;

import java.time.Duration;
import java.util.Optional;

import com.pi4j.io.gpio.digital.DigitalState;

import org.cloakroom.kiosk.wiring.Level;
import org.cloakroom.kiosk.wiring.LockerWiring;

/** One locker's lines and what their levels mean. */
record LockerLines(LockerWiring wiring, OutputLine lock, SensorLine door, Optional<SensorLine> occupancy) {

	boolean isUnlocked() {
		return this.lock.isOn();
	}

	boolean isDoorOpen() {
		return !this.door.closed();
	}

	void driveLocked() {
		this.lock.set(false);
	}

	/** Hold mode: on until locked; pulse mode: on for the wired pulse. */
	void driveUnlocked() {
		this.wiring.lock().pulse().ifPresentOrElse(this.lock::pulse, () -> this.lock.set(true));
	}

	/** The wired pulse in pulse mode, else {@code length}; then locked. */
	void testPulse(Duration length) {
		this.lock.pulse(this.wiring.lock().pulse().orElse(length));
	}

	static DigitalState state(Level level) {
		return (level == Level.HIGH) ? DigitalState.HIGH : DigitalState.LOW;
	}

}
