package org.cloakroom.kiosk.locker.gpio;

import java.util.function.Consumer;

/**
 * A switch the kiosk reads (a door's reed switch, a tray switch): on an input line or a
 * channel of a locker board. Anything but a clear "closed" reads as open, so that a cut
 * wire or a silent board never hides an open door.
 */
public interface SwitchSensor {

	/**
	 * Whether the switch is closed (door shut, tray occupied) by its debounced reading.
	 */
	boolean closed();

	/** Feeds each debounced change to {@code closed}, on the sensor's own thread. */
	void onChange(Consumer<Boolean> closed);

}
