package org.cloakroom.kiosk.locker;

/**
 * What a locker's occupancy sensor (tray switch, IR beam) reads: {@code UNKNOWN} where
 * none is wired.
 */
public enum Occupancy {

	/** No occupancy sensor is wired: nothing is known about the tray. */
	UNKNOWN,
	/** The sensor reads an empty tray. */
	EMPTY,
	/** The sensor reads something in the tray. */
	FULL;

	/** A wired sensor's reading. */
	public static Occupancy of(boolean full) {
		return full ? FULL : EMPTY;
	}

	/**
	 * The reading as the audit log and the GPIO tool's JSON have always recorded it:
	 * true, false, or null without a sensor.
	 */
	public Boolean recorded() {
		return (this == UNKNOWN) ? null : this == FULL;
	}

}
