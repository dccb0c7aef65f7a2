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
	AS_TYPED,
	/**
	 * A PIV or CAC card's identity from its card-authentication certificate (PC/SC
	 * readers): the FASC-N's agency code, system code and credential number (14 digits),
	 * else the card UUID (32 upper-case hex digits); a card without one gives its UID in
	 * {@code hex}.
	 */
	PIV

}
