package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.pi4j.context.Context;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.locker.Occupancy;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.LockerWiring;

/**
 * The locker bank on Pi4J lines: per locker a lock output, a door input and maybe an
 * occupancy input; and the kiosk's own lines.
 */
final class Pi4jLockerIo implements LockerIo {

	private final Map<Integer, LockerLines> lockers = new TreeMap<>();

	private final LineFactory lines;

	private final KioskLines kiosk;

	private volatile DoorListener doorListener = (lockerId, open) -> {
	};

	private volatile OccupancyListener occupancyListener = (lockerId, occupancy) -> {
	};

	private volatile EnclosureListener enclosureListener = (open) -> {
	};

	private volatile FireAlarmListener fireAlarmListener = (active) -> {
	};

	private volatile ControllerListener controllerListener = (controller, answering, reason) -> {
	};

	Pi4jLockerIo(Context context, GpioProvider provider, BankWiring wiring, Path wiringFile, PulseTimer timer) {
		this.lines = new LineFactory(context, provider, wiring, wiringFile, timer, (controller, answering,
				reason) -> this.controllerListener.controllerChanged(controller, answering, reason));
		for (LockerWiring locker : wiring.lockers()) {
			this.lockers.put(locker.id(), create(locker));
		}
		this.kiosk = new KioskLines(wiring, this.lines);
		this.kiosk.tamper()
			.ifPresent((tamper) -> tamper.onChange((shut) -> this.enclosureListener.enclosureChanged(!shut)));
		this.kiosk.fireAlarm()
			.ifPresent((alarm) -> alarm.onChange((active) -> this.fireAlarmListener.fireAlarmChanged(active)));
	}

	private LockerLines create(LockerWiring locker) {
		int id = locker.id();
		String prefix = "locker-" + id + "-";
		LockerLines created = new LockerLines(locker,
				this.lines.output(prefix + "lock", "lock output of locker " + id, locker.lock().line(),
						locker.lock().onExpander(), locker.lock().active()),
				this.lines.input(prefix + "door", "door input of locker " + id, locker.door()),
				locker.occupancySensor()
					.map((sensor) -> this.lines.input(prefix + "occupancy", "occupancy input of locker " + id,
							sensor)));
		created.door().onChange((closed) -> this.doorListener.doorChanged(id, !closed));
		created.occupancy()
			.ifPresent((sensor) -> sensor
				.onChange((full) -> this.occupancyListener.occupancyChanged(id, Occupancy.of(full))));
		return created;
	}

	@Override
	public void lock(int lockerId) {
		lines(lockerId).driveLocked();
	}

	@Override
	public void unlock(int lockerId) {
		lines(lockerId).driveUnlocked();
	}

	@Override
	public boolean isDoorOpen(int lockerId) {
		return lines(lockerId).isDoorOpen();
	}

	@Override
	public void onDoorChange(DoorListener listener) {
		this.doorListener = listener;
	}

	@Override
	public Occupancy occupancy(int lockerId) {
		return lines(lockerId).occupancy().map((sensor) -> Occupancy.of(sensor.closed())).orElse(Occupancy.UNKNOWN);
	}

	@Override
	public void onOccupancyChange(OccupancyListener listener) {
		this.occupancyListener = listener;
	}

	@Override
	public boolean releaseAreaDoor() {
		return this.kiosk.releaseAreaDoor();
	}

	@Override
	public boolean holdAreaDoorReleased(boolean released) {
		return this.kiosk.holdAreaDoorReleased(released);
	}

	@Override
	public void testPulse(int lockerId, Duration length) {
		lines(lockerId).testPulse(length);
	}

	@Override
	public Optional<Boolean> isFireAlarmActive() {
		return this.kiosk.fireAlarm().map(SensorLine::closed);
	}

	@Override
	public void onFireAlarmChange(FireAlarmListener listener) {
		this.fireAlarmListener = listener;
	}

	@Override
	public Optional<Boolean> isEnclosureOpen() {
		return this.kiosk.tamper().map((tamper) -> !tamper.closed());
	}

	@Override
	public void onEnclosureChange(EnclosureListener listener) {
		this.enclosureListener = listener;
	}

	@Override
	public void onControllerChange(ControllerListener listener) {
		this.controllerListener = listener;
		this.lines.tellSilentControllers(listener);
	}

	@Override
	public boolean buzzer(boolean on) {
		return switchOutput(this.kiosk.buzzer(), on);
	}

	@Override
	public boolean statusLight(boolean on) {
		return switchOutput(this.kiosk.statusLed(), on);
	}

	int size() {
		return this.lockers.size();
	}

	KioskLines kiosk() {
		return this.kiosk;
	}

	LockerLines lines(int lockerId) {
		LockerLines locker = this.lockers.get(lockerId);
		if (locker == null) {
			throw new NotFoundException("Locker", lockerId);
		}
		return locker;
	}

	private static boolean switchOutput(Optional<OutputLine> output, boolean on) {
		output.ifPresent((line) -> line.set(on));
		return output.isPresent();
	}

}
