package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.locker.wiring.BankWiring;
import org.cloakroom.kiosk.locker.wiring.LockerWiring;

/**
 * The locker bank on Pi4J lines: per locker a lock output, a door input and maybe an
 * occupancy input.
 */
final class Pi4jLockerIo implements LockerIo {

	private final Map<Integer, LockerLines> lockers = new TreeMap<>();

	private final LineFactory lines;

	private volatile DoorListener listener = (lockerId, open) -> {
	};

	Pi4jLockerIo(Context context, GpioProvider provider, BankWiring wiring, Path wiringFile) {
		this.lines = new LineFactory(context, provider, wiringFile);
		for (LockerWiring locker : wiring.lockers()) {
			this.lockers.put(locker.id(), create(locker));
		}
	}

	private LockerLines create(LockerWiring locker) {
		LockerLines created = new LockerLines(locker, this.lines.lock(locker),
				this.lines.input(locker, "door", locker.door()),
				locker.occupancySensor().map((sensor) -> this.lines.input(locker, "occupancy", sensor)));
		created.door()
			.addListener((event) -> this.listener.doorChanged(locker.id(), created.isDoorOpen(event.state())));
		return created;
	}

	@Override
	public void lock(int lockerId) {
		drive(lines(lockerId), false);
	}

	@Override
	public void unlock(int lockerId) {
		drive(lines(lockerId), true);
	}

	@Override
	public boolean isDoorOpen(int lockerId) {
		LockerLines locker = lines(lockerId);
		try {
			return locker.isDoorOpen();
		}
		catch (RuntimeException ex) {
			throw this.lines.failure("cannot read", locker.wiring(), "door input", locker.wiring().door().line(), ex);
		}
	}

	@Override
	public void onDoorChange(DoorListener listener) {
		this.listener = listener;
	}

	int size() {
		return this.lockers.size();
	}

	LockerLines lines(int lockerId) {
		LockerLines locker = this.lockers.get(lockerId);
		if (locker == null) {
			throw new NotFoundException("Locker", lockerId);
		}
		return locker;
	}

	private void drive(LockerLines locker, boolean unlocked) {
		LockerWiring wiring = locker.wiring();
		DigitalState level = LockerLines.state(unlocked ? wiring.lock().active() : wiring.lock().lockedLevel());
		try {
			locker.lock().state(level);
		}
		catch (RuntimeException ex) {
			throw this.lines.failure("cannot drive", wiring, "lock output", wiring.lock().line(), ex);
		}
	}

}
