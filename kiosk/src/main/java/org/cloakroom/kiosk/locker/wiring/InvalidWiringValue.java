package org.cloakroom.kiosk.locker.wiring;

/**
 * A value in the wiring file that its record refused; {@code field} is the YAML key, so
 * the reader can point at its line.
 */
class InvalidWiringValue extends IllegalArgumentException {

	private final String field;

	InvalidWiringValue(String field, String message) {
		super(field + " " + message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

	static int bcmLine(String field, int line) {
		if (line < 2 || line > 27) {
			throw new InvalidWiringValue(field, "must be a BCM line from 2 to 27, was " + line);
		}
		return line;
	}

	static int atLeast(String field, int value, int min) {
		if (value < min) {
			throw new InvalidWiringValue(field, "must be at least " + min + ", was " + value);
		}
		return value;
	}

	/** A pulse long enough to move a lock and short enough not to cook its coil. */
	static int pulseMs(String field, int value) {
		if (value < 10 || value > 10_000) {
			throw new InvalidWiringValue(field, "must be from 10 to 10000 ms, was " + value);
		}
		return value;
	}

	static <T> T present(String field, T value) {
		if (value == null) {
			throw new InvalidWiringValue(field, "is missing");
		}
		return value;
	}

	static String text(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidWiringValue(field, "must not be blank, was '" + value + "'");
		}
		return value;
	}

}
