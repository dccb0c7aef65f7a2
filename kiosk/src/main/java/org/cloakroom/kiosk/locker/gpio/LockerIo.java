package org.cloakroom.kiosk.locker.gpio;

import java.time.Duration;
import java.util.Optional;

import org.cloakroom.kiosk.locker.Occupancy;

/**
 * The locker bank's hardware as the state machine sees it: per locker a lock to drive, a
 * door to watch and maybe an occupancy sensor; and the kiosk's own optional outputs
 * (area-door release, buzzer, status LED) and inputs (enclosure tamper, fire alarm).
 * Per-locker methods throw {@link org.cloakroom.kiosk.NotFoundException} for a locker
 * that is not wired; every method throws {@link GpioException} when the hardware fails.
 * Each {@code on...Change} sets the one listener of its kind (replacing the previous),
 * told on the sensor's thread.
 */
public interface LockerIo {

	/**
	 * Drives the locked level (pulse mode: ends any pulse and keeps the output inactive).
	 */
	void lock(int lockerId);

	/**
	 * Hold mode: holds the unlocked level until {@link #lock}. Pulse mode: drives the
	 * unlocked level for the wired duration, then locked again.
	 */
	void unlock(int lockerId);

	boolean isDoorOpen(int lockerId);

	void onDoorChange(DoorListener listener);

	/** What the occupancy sensor reads: UNKNOWN when the locker has none. */
	Occupancy occupancy(int lockerId);

	void onOccupancyChange(OccupancyListener listener);

	/**
	 * Pulses the area-door release output for its configured time; false when the wiring
	 * has none.
	 */
	boolean releaseAreaDoor();

	/**
	 * Holds the area-door release output on until told off (an emergency release); false
	 * when the wiring has none.
	 */
	boolean holdAreaDoorReleased(boolean released);

	/**
	 * Drives one lock's unlocked level for {@code length}, then locked (the console's
	 * test pulse). A pulse-mode lock gets its wired pulse whatever {@code length} says.
	 */
	void testPulse(int lockerId, Duration length);

	/** Empty when no fire-alarm input is wired; true while it reads the alarm. */
	Optional<Boolean> isFireAlarmActive();

	void onFireAlarmChange(FireAlarmListener listener);

	/**
	 * Empty when no enclosure tamper input is wired; true while the enclosure is open.
	 */
	Optional<Boolean> isEnclosureOpen();

	void onEnclosureChange(EnclosureListener listener);

	/** Buzzer on/off; false when not wired. */
	boolean buzzer(boolean on);

	/** Status LED on/off; false when not wired. */
	boolean statusLight(boolean on);

	/**
	 * Sets the one listener told when a {@link Controller} (an I/O expander, a locker
	 * board) stops answering or answers again; told on the controller's own thread. A
	 * controller silent when the listener is set (silent from start-up) is told at once.
	 */
	void onControllerChange(ControllerListener listener);

	/**
	 * Told when a controller stops answering ({@code answering} false) or answers again.
	 */
	@FunctionalInterface
	interface ControllerListener {

		/**
		 * @param reason why it is silent, in words for the log and the alert ("no answer
		 * at I2C address 0x21 on /dev/i2c-1 after 3 tries"); empty when it answers again
		 */
		void controllerChanged(Controller controller, boolean answering, String reason);

	}

	/** Told when a door sensor's debounced reading changes. */
	@FunctionalInterface
	interface DoorListener {

		void doorChanged(int lockerId, boolean open);

	}

	/** Told when an occupancy sensor's debounced reading changes. */
	@FunctionalInterface
	interface OccupancyListener {

		void occupancyChanged(int lockerId, Occupancy occupancy);

	}

	/** Told when the fire-alarm input's debounced reading changes. */
	@FunctionalInterface
	interface FireAlarmListener {

		void fireAlarmChanged(boolean active);

	}

	/** Told when the enclosure tamper input's debounced reading changes. */
	@FunctionalInterface
	interface EnclosureListener {

		void enclosureChanged(boolean open);

	}

}
