package org.cloakroom.kiosk.locker;

import java.util.Optional;

import org.cloakroom.kiosk.locker.gpio.LockerIo;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.LockerWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the table in line with the wiring file, connects the door and occupancy sensors
 * and reconciles every locker with what its sensors read before the web server starts
 * serving (phase 0 runs before it); resumes an emergency release in force, and starts one
 * on a fire alarm that sounds now or later; hands controllers that go silent (or are
 * silent from the start) to {@link ControllerWatch}.
 */
@Component
class LockerStartup implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LockerStartup.class);

	private final LockerTable table;

	private final LockerDoors doors;

	private final LockerIo io;

	private final BankWiring wiring;

	private final TransactionTemplate transaction;

	private final EnclosureWatch enclosure;

	private final EmergencyRelease emergency;

	private final ControllerWatch controllers;

	private volatile boolean running;

	LockerStartup(LockerTable table, LockerDoors doors, LockerIo io, BankWiring wiring,
			PlatformTransactionManager transactions, EnclosureWatch enclosure, EmergencyRelease emergency,
			ControllerWatch controllers) {
		this.controllers = controllers;
		this.table = table;
		this.doors = doors;
		this.io = io;
		this.wiring = wiring;
		this.transaction = new TransactionTemplate(transactions);
		this.enclosure = enclosure;
		this.emergency = emergency;
	}

	@Override
	public void start() {
		this.transaction.executeWithoutResult((status) -> adoptWiring());
		// before the recovery: a controller silent from the start faults its lockers as
		// silent, not as doors that read open
		this.io.onControllerChange(this.controllers);
		this.io.onDoorChange(this::doorChanged);
		this.io.onOccupancyChange(this::occupancyChanged);
		this.io.onEnclosureChange(this::enclosureChanged);
		this.emergency.resumeAtStartup();
		this.wiring.lockers().forEach((locker) -> this.doors.recoverAtStartup(locker.id()));
		this.enclosure.checkAtStartup();
		this.emergency.afterStartup();
		this.io.onFireAlarmChange(this::fireAlarmChanged);
		this.running = true;
	}

	@Override
	public void stop() {
		this.io.onDoorChange((lockerId, open) -> {
		});
		this.io.onOccupancyChange((lockerId, occupancy) -> {
		});
		this.io.onEnclosureChange((open) -> {
		});
		this.io.onFireAlarmChange((active) -> {
		});
		this.io.onControllerChange((controller, answering, reason) -> {
		});
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return 0;
	}

	private void adoptWiring() {
		for (LockerWiring wired : this.wiring.lockers()) {
			Place place = new Place(wired.label(), wired.row(), wired.column());
			Optional<Locker> known = this.table.find(LockerId.of(wired.id()));
			Locker locker = known.orElseGet(() -> new Locker(LockerRow.free(LockerId.of(wired.id()), place)));
			if (locker.rewire(place) || known.isEmpty()) {
				this.table.save(locker);
			}
		}
		this.table.all()
			.stream()
			.filter((locker) -> this.wiring.locker(locker.id().value()).isEmpty())
			.forEach((locker) -> log.warn("Locker {} ({}) is in the database but not in the wiring file; ignored",
					locker.id(), locker.row().state()));
	}

	private void doorChanged(int lockerId, boolean open) {
		try {
			this.doors.doorChanged(lockerId, open);
		}
		catch (RuntimeException ex) {
			log.error("Locker {} door {} could not be recorded", lockerId, open ? "opening" : "closing", ex);
		}
	}

	private void enclosureChanged(boolean open) {
		try {
			this.enclosure.changed(open);
		}
		catch (RuntimeException ex) {
			log.error("The enclosure tamper input's change to {} could not be recorded", open ? "open" : "shut", ex);
		}
	}

	/**
	 * Only the alarm starts anything: its clearing is read when an admin returns to
	 * normal.
	 */
	private void fireAlarmChanged(boolean active) {
		if (!active) {
			log.info("The fire-alarm input reads clear");
			return;
		}
		try {
			this.emergency.fireAlarm();
		}
		catch (RuntimeException ex) {
			log.error("The fire-alarm input reads active but the emergency release could not be started", ex);
		}
	}

	private void occupancyChanged(int lockerId, Occupancy occupancy) {
		try {
			this.doors.occupancyChanged(lockerId, occupancy);
		}
		catch (RuntimeException ex) {
			log.error("Locker {} occupancy change to {} could not be recorded", lockerId, occupancy, ex);
		}
	}

}
