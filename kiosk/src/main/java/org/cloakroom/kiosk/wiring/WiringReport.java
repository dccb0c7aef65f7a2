package org.cloakroom.kiosk.wiring;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What checking a wiring file found: the wiring when it is usable, else every problem;
 * and warnings that do not stop start-up (an output a booting Pi would switch on).
 */
public record WiringReport(Path file, Optional<BankWiring> wiring, List<WiringProblem> problems,
		List<WiringProblem> warnings) {

	public WiringReport {
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
	}

	public boolean isUsable() {
		return this.problems.isEmpty();
	}

	/**
	 * @throws WiringException naming every problem
	 */
	public BankWiring orThrow() {
		if (!isUsable()) {
			throw new WiringException(this.file, this.problems);
		}
		return this.wiring.orElseThrow();
	}

}
