package org.cloakroom.kiosk.badge;

/**
 * A reader's state for the health endpoint and {@code doctor}: reading, or not and why
 * ("no device /dev/input/by-id/…: is the reader plugged in?").
 */
public record ReaderHealth(boolean reading, String detail) {

	public static ReaderHealth reading(String detail) {
		return new ReaderHealth(true, detail);
	}

	public static ReaderHealth down(String why) {
		return new ReaderHealth(false, why);
	}

}
