package org.cloakroom.kiosk.locker.gpio;

/** Which Pi4J providers drive the locker bank. */
public enum GpioProvider {

	/**
	 * Pi4J's mock provider: the simulation and tests; doors move through SimulatedDoors.
	 */
	MOCK,
	/** Linux's GPIO character device through libgpiod: a Raspberry Pi. */
	GPIOD

}
