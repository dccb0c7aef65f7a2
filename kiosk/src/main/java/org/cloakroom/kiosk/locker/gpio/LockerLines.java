package org.cloakroom.kiosk.locker.gpio;

import java.time.Duration;
import java.util.Optional;

import com.pi4j.io.gpio.digital.DigitalState;

import org.cloakroom.kiosk.wiring.Level;
import org.cloakroom.kiosk.wiring.LockerWiring;

/**
 * One locker's lock and sensors, each on a line or a locker-board channel, and what their
 * readings mean.
 */
record LockerLines(LockerWiring wiring, LockDrive lock, SwitchSensor door, Optional<SwitchSensor> occupancy) {

	boolean isUnlocked() {
		return this.lock.isUnlocked();
	}

	boolean isDoorOpen() {
		return !this.door.closed();
	}

	void driveLocked() {
		this.lock.lock();
	}

	/** Hold mode: on until locked; pulse mode: on for the wired (or board's) pulse. */
	void driveUnlocked() {
		this.lock.unlock();
	}

	/** The wired pulse in pulse mode, else {@code length}; then locked. */
	void testPulse(Duration length) {
		this.lock.pulse(length);
	}

	static DigitalState state(Level level) {
		return (level == Level.HIGH) ? DigitalState.HIGH : DigitalState.LOW;
	}

}
