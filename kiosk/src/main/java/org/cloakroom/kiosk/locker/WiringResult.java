package org.cloakroom.kiosk.locker;

import java.util.List;

/**
 * What checking a wiring file found: {@code usable} with its bank's name, locker count
 * and size (columns × rows), else only its {@code problems}; {@code warnings} do not stop
 * start-up; {@code lockersHoldingPhonesLeftOut} are lockers holding a storage that the
 * file does not wire.
 */
public record WiringResult(String file, boolean usable, String bank, int lockers, int columns, int rows,
		List<Problem> problems, List<Problem> warnings, List<Integer> lockersHoldingPhonesLeftOut) {

	public WiringResult {
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
		lockersHoldingPhonesLeftOut = List.copyOf(lockersHoldingPhonesLeftOut);
	}

	/** One problem: the line (0 when it cannot be told), the field and what is wrong. */
	public record Problem(int line, String field, String message) {
	}

}
