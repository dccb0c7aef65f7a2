package org.cloakroom.kiosk.locker.gpio;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;

import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.locker.wiring.SensorInput;

/**
 * Moves doors by driving the mock provider's input lines, so that the same Pi4J listeners
 * fire as on a Pi.
 */
final class MockDoors implements SimulatedDoors {

	private final Pi4jLockerIo io;

	MockDoors(Pi4jLockerIo io) {
		this.io = io;
	}

	@Override
	public void openDoor(int lockerId) {
		setDoor(lockerId, false);
	}

	@Override
	public void closeDoor(int lockerId) {
		setDoor(lockerId, true);
	}

	@Override
	public boolean isUnlocked(int lockerId) {
		return this.io.lines(lockerId).isUnlocked();
	}

	@Override
	public void setOccupied(int lockerId, boolean occupied) {
		LockerLines locker = this.io.lines(lockerId);
		DigitalInput input = locker.occupancy()
			.orElseThrow(() -> new IllegalArgumentException("Locker " + lockerId + " has no occupancy sensor"));
		drive(input, locker.wiring().occupancy(), occupied);
	}

	private void setDoor(int lockerId, boolean closed) {
		LockerLines locker = this.io.lines(lockerId);
		drive(locker.door(), locker.wiring().door(), closed);
	}

	private static void drive(DigitalInput input, SensorInput sensor, boolean switchClosed) {
		if (!(input instanceof MockDigitalInput mock)) {
			throw new IllegalStateException(input.id() + " is not on Pi4J's mock provider");
		}
		mock.mockState(LockerLines.state(switchClosed ? sensor.active() : sensor.active().inverse()));
	}

}
