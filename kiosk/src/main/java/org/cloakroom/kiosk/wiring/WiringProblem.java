package org.cloakroom.kiosk.wiring;

import java.nio.file.Path;

/**
 * One thing wrong in a wiring file: where (file, line, field) and what.
 *
 * @param line the 1-based line in the file, 0 when it cannot be told
 * @param field where in the document, e.g. {@code lockers[2].door.line}
 */
public record WiringProblem(Path file, int line, String field, String message) {

	@Override
	public String toString() {
		return file + " line " + this.line + ", field " + this.field + ": " + this.message;
	}

}
