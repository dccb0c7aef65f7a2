package org.cloakroom.kiosk.locker;

/**
 * The simulation's hands on the locker bank: opens and closes doors by driving the door
 * sensors' inputs on Pi4J's mock provider, and reads the lock outputs back. A bean only
 * when the mock provider is in use.
 */
public interface SimulatedDoors {

	void openDoor(int lockerId);

	void closeDoor(int lockerId);

	/** Whether the lock output is driven to its unlocked level now. */
	boolean isUnlocked(int lockerId);

	/** Sets the occupancy input of a locker that has one (tray switch, IR beam). */
	void setOccupied(int lockerId, boolean occupied);

}
