package org.cloakroom.kiosk.wiring;

/**
 * A value in the wiring file that its record refused; {@code field} is the YAML key, so
 * the reader can point at its line, and {@code reason} says what is wrong with it.
 */
class InvalidWiringValue extends IllegalArgumentException {

	private final String field;

	private final String reason;

	InvalidWiringValue(String field, String reason) {
		super(field + " " + reason);
		this.field = field;
		this.reason = reason;
	}

	String field() {
		return this.field;
	}

	String reason() {
		return this.reason;
	}

	/**
	 * A line number that can exist at all; whether the board or expander has it is a rule
	 * of the whole file ({@link WiringRules}).
	 */
	static int validLine(String field, int line) {
		return atLeast(field, line, 0);
	}

	static int atLeast(String field, int value, int min) {
		if (value < min) {
			throw new InvalidWiringValue(field, "must be at least " + min + ", was " + value);
		}
		return value;
	}

	static int validDebounceMs(String field, int value) {
		if (value < 0 || value > 1000) {
			throw new InvalidWiringValue(field, "must be from 0 to 1000 ms, was " + value);
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

	/** An optional reference to an expander: absent, or a name. */
	static String validExpander(String field, String value) {
		return (value == null) ? null : text(field, value);
	}

}
