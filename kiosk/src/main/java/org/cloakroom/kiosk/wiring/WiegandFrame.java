package org.cloakroom.kiosk.wiring;

/** The frames a Wiegand reader sends. */
public enum WiegandFrame {

	/**
	 * 26 bits (HID H10301): even parity, 8-bit facility code, 16-bit card number, odd
	 * parity.
	 */
	WIEGAND_26,
	/** 34 bits: even parity, 16-bit facility code, 16-bit card number, odd parity. */
	WIEGAND_34,
	/** Any length, no parity checked: every bit is the card number. */
	RAW

}
