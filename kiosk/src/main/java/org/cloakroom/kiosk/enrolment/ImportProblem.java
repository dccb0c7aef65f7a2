package org.cloakroom.kiosk.enrolment;

/**
 * One thing wrong with an imported file: the line it starts on (1 is the first line; 0
 * for the file as a whole) and what is wrong there.
 */
public record ImportProblem(int line, String message) {

	@Override
	public String toString() {
		return (this.line > 0) ? "line " + this.line + ": " + this.message : this.message;
	}

}
