package org.cloakroom.kiosk.locker;

/**
 * The simulation's and tests' hands on the locker bank: opens and closes doors, fills
 * trays and opens the enclosure by driving the inputs on Pi4J's mock provider, so that
 * the real listeners fire; reads the outputs back. A bean only when the mock provider is
 * in use.
 */
public interface SimulatedDoors {

	void openDoor(int lockerId);

	void closeDoor(int lockerId);

	/** Whether the lock output is driven to its unlocked level now. */
	boolean isUnlocked(int lockerId);

	/** Sets the occupancy input of a locker that has one (tray switch, IR beam). */
	void setOccupied(int lockerId, boolean occupied);

	/**
	 * Opens or shuts the enclosure by driving its tamper input.
	 * @throws IllegalStateException when the wiring has no enclosure tamper input
	 */
	void setEnclosureOpen(boolean open);

	/**
	 * Sounds or silences the fire alarm by driving its input.
	 * @throws IllegalStateException when the wiring has no fire-alarm input
	 */
	void setFireAlarm(boolean active);

	/** Whether the area-door release output is on now (held by an emergency release). */
	boolean isAreaDoorHeldReleased();

	/** How many area-door release pulses were started since start-up. */
	int areaDoorReleases();

	/** Whether the buzzer output is on now (false when none is wired). */
	boolean isBuzzerOn();

}
