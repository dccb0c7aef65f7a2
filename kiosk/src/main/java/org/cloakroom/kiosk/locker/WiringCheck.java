package org.cloakroom.kiosk.locker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.LockerWiring;
import org.cloakroom.kiosk.wiring.WiringProblem;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.cloakroom.kiosk.wiring.WiringReport;

import org.springframework.stereotype.Service;

/**
 * The wiring file checked as the CLI's {@code gpio check} does: the one the kiosk runs
 * on, and a candidate an admin uploads, which is checked and never installed here (a new
 * bank takes effect when the kiosk restarts with it). A candidate that leaves out a
 * locker holding a phone says so: that phone stays recorded but its locker would be
 * ignored.
 */
@Service
public class WiringCheck {

	private final LockerProperties properties;

	private final LockerTransitions transitions;

	WiringCheck(LockerProperties properties, LockerTransitions transitions) {
		this.properties = properties;
		this.transitions = transitions;
	}

	/** The wiring file the kiosk started with, read again now. */
	public WiringResult running() {
		Path file = this.properties.wiringPath();
		return result(file.toString(), WiringReader.check(file));
	}

	/**
	 * Checks an uploaded file's bytes (at most {@code gpio check}'s limit) without
	 * keeping them.
	 */
	public WiringResult candidate(String name, byte[] content) {
		Path file = null;
		try {
			file = Files.createTempFile("cloakroom-wiring-", ".yaml");
			Files.write(file, content);
			return result(name, WiringReader.check(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The uploaded wiring file could not be checked", ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	private WiringResult result(String name, WiringReport report) {
		List<WiringResult.Problem> problems = report.problems().stream().map(WiringCheck::problem).toList();
		List<WiringResult.Problem> warnings = report.warnings().stream().map(WiringCheck::problem).toList();
		if (report.wiring().isEmpty()) {
			return new WiringResult(name, false, null, 0, 0, 0, problems, warnings, List.of());
		}
		BankWiring bank = report.wiring().get();
		Set<Integer> wired = bank.lockers().stream().map(LockerWiring::id).collect(Collectors.toSet());
		List<Integer> leftOut = this.transitions.persisted()
			.stream()
			.filter((locker) -> locker.row().storage() != null && !wired.contains(locker.id().value()))
			.map((locker) -> locker.id().value())
			.toList();
		return new WiringResult(name, true, bank.bank(), bank.lockers().size(),
				bank.lockers().stream().mapToInt(LockerWiring::column).max().orElse(0),
				bank.lockers().stream().mapToInt(LockerWiring::row).max().orElse(0), problems, warnings, leftOut);
	}

	private static WiringResult.Problem problem(WiringProblem problem) {
		return new WiringResult.Problem(problem.line(), problem.field(), problem.message());
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

}
