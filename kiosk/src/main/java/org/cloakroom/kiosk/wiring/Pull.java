package org.cloakroom.kiosk.wiring;

/** The Pi's internal bias on an input line. */
public enum Pull {

	UP, DOWN, OFF

}
