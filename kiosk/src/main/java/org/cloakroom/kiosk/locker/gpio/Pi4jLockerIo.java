package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.pi4j.context.Context;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.locker.Occupancy;
import org.cloakroom.kiosk.locker.board.Boards;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.LockerWiring;

/**
 * The locker bank on Pi4J lines and locker boards: per locker a lock (an output line or a
 * board channel), a door switch (an input line or a board channel) and maybe an occupancy
 * input; and the kiosk's own lines. Board lockers are polled by {@link Boards}, whose
 * silent boards are told to the controller listener.
 */
final class Pi4jLockerIo implements LockerIo {

	private final Map<Integer, LockerLines> lockers = new TreeMap<>();

	private final LineFactory lines;

	private final Boards boards;

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

	Pi4jLockerIo(Context context, GpioProvider provider, BankWiring wiring, Path wiringFile, PulseTimer timer,
			Boards boards) {
		this.lines = new LineFactory(context, provider, wiring, wiringFile, timer, (controller, answering,
				reason) -> this.controllerListener.controllerChanged(controller, answering, reason));
		this.boards = boards;
		for (LockerWiring locker : wiring.lockers()) {
			this.lockers.put(locker.id(), create(locker));
		}
		this.kiosk = new KioskLines(wiring, this.lines);
		this.kiosk.tamper()
			.ifPresent((tamper) -> tamper.onChange((shut) -> this.enclosureListener.enclosureChanged(!shut)));
		this.kiosk.fireAlarm()
			.ifPresent((alarm) -> alarm.onChange((active) -> this.fireAlarmListener.fireAlarmChanged(active)));
		boards.startPolling(wiring);
	}

	private LockerLines create(LockerWiring locker) {
		int id = locker.id();
		String prefix = "locker-" + id + "-";
		LockDrive lock = locker.lock().onBoard().isPresent() ? this.boards.lock(locker.lock())
				: new LineLock(this.lines.output(prefix + "lock", "lock output of locker " + id, locker.lock().line(),
						locker.lock().onExpander(), locker.lock().active()), locker.lock().pulse());
		SwitchSensor door = locker.door().onBoard().isPresent() ? this.boards.door(locker.door())
				: this.lines.input(prefix + "door", "door input of locker " + id, locker.door());
		LockerLines created = new LockerLines(locker, lock, door, locker.occupancySensor()
			.map((sensor) -> this.lines.input(prefix + "occupancy", "occupancy input of locker " + id, sensor)));
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
		this.boards.onControllerChange(listener);
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
