package org.cloakroom.kiosk.locker.gpio;

/**
 * The locker bank's hardware as the state machine sees it: a lock to drive and a door to
 * watch per locker. Pi4J lines implement it today; relay boards are a later
 * implementation. Every method throws {@link org.cloakroom.kiosk.NotFoundException} for a
 * locker that is not wired, and {@link GpioException} when the hardware fails.
 */
public interface LockerIo {

	/** Drives the lock output to its locked level. */
	void lock(int lockerId);

	/** Holds the lock output at its unlocked level. */
	void unlock(int lockerId);

	boolean isDoorOpen(int lockerId);

	/**
	 * Sets the one listener that door sensor changes are fed to, on the sensor's thread.
	 */
	void onDoorChange(DoorListener listener);

	/** Told when a door sensor's debounced reading changes. */
	@FunctionalInterface
	interface DoorListener {

		void doorChanged(int lockerId, boolean open);

	}

}
