package org.cloakroom.kiosk.wiring;

/**
 * The Raspberry Pi a bank is wired to. Both expose BCM 0..27 on the 40-pin header; BCM 0
 * and 1 are the HAT EEPROM's I2C bus and are never used for lockers.
 */
public enum Board {

	PI4, PI5;

	public static final int FIRST_USABLE_LINE = 2;

	public static final int LAST_LINE = 27;

	/** Whether the header has this BCM line and the kiosk may use it. */
	public boolean hasUsableLine(int line) {
		return line >= FIRST_USABLE_LINE && line <= LAST_LINE;
	}

}
