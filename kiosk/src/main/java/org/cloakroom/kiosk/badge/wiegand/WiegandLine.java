package org.cloakroom.kiosk.badge.wiegand;

/** A Wiegand reader's two data wires: a pulse on D0 sends a 0, a pulse on D1 a 1. */
enum WiegandLine {

	D0, D1;

	boolean bit() {
		return this == D1;
	}

}
