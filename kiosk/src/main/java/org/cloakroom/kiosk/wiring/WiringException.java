package org.cloakroom.kiosk.wiring;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The wiring file cannot be used; the message names the file and, for each problem, the
 * line and the field. Start-up stops with it.
 */
public class WiringException extends RuntimeException {

	private final List<WiringProblem> problems;

	public WiringException(String message, Throwable cause) {
		super(message, cause);
		this.problems = List.of();
	}

	WiringException(Path file, List<WiringProblem> problems) {
		super(message(file, problems));
		this.problems = List.copyOf(problems);
	}

	/** Every problem found; empty when the file could not be read at all. */
	public List<WiringProblem> problems() {
		return this.problems;
	}

	private static String message(Path file, List<WiringProblem> problems) {
		if (problems.size() == 1) {
			return "Locker wiring file " + problems.get(0);
		}
		return "Locker wiring file " + file + " has " + problems.size() + " problems:\n"
				+ problems.stream().map(WiringProblem::toString).collect(Collectors.joining("\n"));
	}

}
