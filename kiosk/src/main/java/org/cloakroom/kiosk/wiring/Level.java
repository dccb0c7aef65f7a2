package org.cloakroom.kiosk.wiring;

/** An electrical level on a GPIO line. */
public enum Level {

	LOW, HIGH;

	public Level inverse() {
		return (this == LOW) ? HIGH : LOW;
	}

}
