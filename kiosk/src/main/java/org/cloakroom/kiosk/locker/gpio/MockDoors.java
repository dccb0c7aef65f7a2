package org.cloakroom.kiosk.locker.gpio;

import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;

import org.cloakroom.kiosk.locker.SimulatedDoors;

/**
 * Moves doors, trays and the enclosure by driving the mock provider's input lines, so
 * that the same Pi4J listeners fire as on a Pi; reads the outputs back.
 */
final class MockDoors implements SimulatedDoors {

	private final Pi4jLockerIo io;

	MockDoors(Pi4jLockerIo io) {
		this.io = io;
	}

	@Override
	public void openDoor(int lockerId) {
		drive(this.io.lines(lockerId).door(), false);
	}

	@Override
	public void closeDoor(int lockerId) {
		drive(this.io.lines(lockerId).door(), true);
	}

	@Override
	public boolean isUnlocked(int lockerId) {
		return this.io.lines(lockerId).isUnlocked();
	}

	@Override
	public void setOccupied(int lockerId, boolean occupied) {
		SwitchSensor sensor = this.io.lines(lockerId)
			.occupancy()
			.orElseThrow(() -> new IllegalArgumentException("Locker " + lockerId + " has no occupancy sensor"));
		drive(sensor, occupied);
	}

	@Override
	public void setEnclosureOpen(boolean open) {
		SensorLine tamper = this.io.kiosk()
			.tamper()
			.orElseThrow(() -> new IllegalStateException("The wiring has no enclosure tamper input"));
		drive(tamper, !open);
	}

	@Override
	public void setFireAlarm(boolean active) {
		SensorLine alarm = this.io.kiosk()
			.fireAlarm()
			.orElseThrow(() -> new IllegalStateException("The wiring has no fire-alarm input"));
		drive(alarm, active);
	}

	@Override
	public boolean isAreaDoorHeldReleased() {
		return this.io.kiosk().isAreaDoorReleased();
	}

	@Override
	public int areaDoorReleases() {
		return this.io.kiosk().areaDoorReleases();
	}

	@Override
	public boolean isBuzzerOn() {
		return this.io.kiosk().buzzer().map(OutputLine::isOn).orElse(false);
	}

	private static void drive(SwitchSensor switchSensor, boolean switchClosed) {
		if (!(switchSensor instanceof SensorLine sensor)) {
			throw new IllegalStateException(
					switchSensor + " is on a locker board, not a line: move it through the board");
		}
		if (!(sensor.input() instanceof MockDigitalInput mock)) {
			throw new IllegalStateException(sensor.input().id() + " is not on Pi4J's mock provider");
		}
		var active = sensor.wiring().active();
		mock.mockState(LockerLines.state(switchClosed ? active : active.inverse()));
	}

}
