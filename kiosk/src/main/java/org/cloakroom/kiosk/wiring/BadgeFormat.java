package org.cloakroom.kiosk.wiring;

/**
 * How a reader writes what it read as a badge id, so that it matches the badge id stored
 * at enrolment: each site enrols its badges as its old door system printed them.
 */
public enum BadgeFormat {

	/**
	 * The card number in decimal without leading zeros (a UID read as one big-endian
	 * number).
	 */
	DECIMAL,
	/** The card number or UID in upper-case hexadecimal, two digits per byte. */
	HEX,
	/** A Wiegand frame's facility code and card number in decimal: {@code 12:34567}. */
	FACILITY_CARD,
	/** What a keyboard-wedge reader typed, trimmed, exactly as typed. */
	AS_TYPED

}
