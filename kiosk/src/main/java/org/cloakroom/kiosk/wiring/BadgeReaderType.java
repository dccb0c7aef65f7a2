package org.cloakroom.kiosk.wiring;

/** How a badge reader is attached to the kiosk's Pi. */
public enum BadgeReaderType {

	/** A USB reader that types the card number as a keyboard would (an input device). */
	KEYBOARD_WEDGE,
	/** A contactless smart-card reader on USB, through PC/SC (pcscd). */
	PCSC,
	/**
	 * A Wiegand reader's D0 and D1 wires on two header lines (through a level shifter).
	 */
	WIEGAND

}
