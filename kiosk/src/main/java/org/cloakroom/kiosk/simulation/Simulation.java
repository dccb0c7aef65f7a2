package org.cloakroom.kiosk.simulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.ble.simulated.VirtualPhoneState;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.badge.simulated.SimulatedReader;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.checkin.KioskScreen;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.simulation.DemoCast.DemoEmployee;
import org.cloakroom.kiosk.simulation.DemoCast.DemoPhone;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Service;

/**
 * The control panel's hands in the simulated world: walk phones about, open and close
 * locker doors, tap badges on the reader, and restart the program.
 */
@Service
@ConditionalOnBooleanProperty("cloakroom.simulation.enabled")
public class Simulation {

	private final VirtualRadio radio;

	private final SimulatedDoors doors;

	private final Lockers lockers;

	private final SimulatedReader reader;

	private final SimulationRestart restart;

	private final Map<String, String> owners = new HashMap<>();

	private final Map<String, String> labels = new HashMap<>();

	Simulation(VirtualRadio radio, SimulatedDoors doors, Lockers lockers, SimulatedReader reader,
			SimulationRestart restart) {
		this.radio = radio;
		this.doors = doors;
		this.lockers = lockers;
		this.reader = reader;
		this.restart = restart;
		for (DemoEmployee employee : DemoCast.EMPLOYEES) {
			for (DemoPhone phone : employee.phones()) {
				this.owners.put(phone.key(), employee.name());
				this.labels.put(phone.key(), phone.label());
			}
		}
		this.owners.put(DemoCast.VISITOR.key(), "nobody enrolled it");
		this.labels.put(DemoCast.VISITOR.key(), DemoCast.VISITOR.label());
	}

	public SimulationState state() {
		List<SimulationState.Badge> badges = DemoCast.EMPLOYEES.stream()
			.map(employee -> new SimulationState.Badge(employee.badgeId(), employee.name(), employee.pin()))
			.toList();
		List<SimulationState.Phone> phones = this.radio.phones().stream().map(this::phone).toList();
		List<SimulationState.Locker> lockers = this.lockers.all()
			.stream()
			.map(locker -> new SimulationState.Locker(locker.id().value(), locker.label(), locker.state(),
					locker.doorOpen(), this.doors.isUnlocked(locker.id().value())))
			.toList();
		return new SimulationState(badges, phones, lockers);
	}

	public void moveTo(String phoneKey, VirtualPosition position) {
		this.radio.moveTo(knownPhone(phoneKey), position);
	}

	public void setQuiet(String phoneKey, boolean quiet) {
		this.radio.setQuiet(knownPhone(phoneKey), quiet);
	}

	public void setDoor(int lockerId, boolean open) {
		this.lockers.get(LockerId.of(lockerId));
		if (open) {
			this.doors.openDoor(lockerId);
		}
		else {
			this.doors.closeDoor(lockerId);
		}
	}

	public void setOccupied(int lockerId, boolean occupied) {
		this.lockers.get(LockerId.of(lockerId));
		try {
			this.doors.setOccupied(lockerId, occupied);
		}
		catch (IllegalArgumentException ex) {
			// the mock's only refusal: this locker is wired without a tray switch
			throw SimulationRefusal.noOccupancySensor(lockerId);
		}
	}

	/**
	 * Sounds or silences the fire alarm by driving its input: active starts the emergency
	 * release as on a real kiosk.
	 */
	public void setFireAlarm(boolean active) {
		try {
			this.doors.setFireAlarm(active);
		}
		catch (IllegalStateException ex) {
			throw SimulationRefusal.noFireAlarmInput();
		}
	}

	/**
	 * A badge held to the kiosk's simulated reader: a read, so no PIN, taken the same way
	 * as a wired reader's (an unknown badge shown on the screen and logged).
	 */
	public KioskScreen tapBadge(String badgeId) {
		return this.reader.tap(badgeId);
	}

	/**
	 * Stops the program as a power cut would, and starts it again over the same database.
	 */
	public void restart() {
		this.restart.restart();
	}

	private String knownPhone(String key) {
		if (!this.owners.containsKey(key)) {
			throw new NotFoundException("Virtual phone", key);
		}
		return key;
	}

	private SimulationState.Phone phone(VirtualPhoneState state) {
		String key = state.phone().key();
		return new SimulationState.Phone(key, this.labels.getOrDefault(key, key), this.owners.getOrDefault(key, "?"),
				state.phone().identity() != null, state.position(), state.quiet());
	}

}
