package org.cloakroom.kiosk.wiring;

/**
 * A wiring file refused before its fields are bound: not a regular file, not UTF-8, not
 * well-formed YAML, or holding YAML a wiring file may not; with the line (0 for the whole
 * file) and the field where that is known.
 */
final class UnreadableWiring extends RuntimeException {

	private final int line;

	private final FieldPath field;

	UnreadableWiring(int line, FieldPath field, String message) {
		super(message);
		this.line = line;
		this.field = field;
	}

	int line() {
		return this.line;
	}

	FieldPath field() {
		return this.field;
	}

}
