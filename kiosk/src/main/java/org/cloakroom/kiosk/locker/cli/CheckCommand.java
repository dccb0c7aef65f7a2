package org.cloakroom.kiosk.locker.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cloakroom.kiosk.wiring.WiringProblem;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.cloakroom.kiosk.wiring.WiringReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gpio check <file.yaml>}: validates a wiring file without touching GPIO. Exit 0
 * with a summary (and a line on standard error per boot-time warning), or 1 with every
 * problem (file, line, field) as JSON on standard output and one line each on standard
 * error.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Validate a locker wiring file: a summary, or every problem with its file, line and field.")
final class CheckCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<file.yaml>",
			description = "The wiring file, e.g. firmware-config/lockers/demo.yaml")
	Path file;

	@Override
	public Integer call() {
		WiringReport report = WiringReader.check(this.file);
		if (report.isUsable()) {
			List<String> warnings = report.warnings().stream().map(WiringProblem::toString).toList();
			Json.print(this.spec.commandLine().getOut(),
					WiringSummary.of(this.file.toString(), report.orThrow(), warnings));
			warnings.forEach((warning) -> this.spec.commandLine().getErr().println("warning: " + warning));
			this.spec.commandLine().getErr().flush();
			return 0;
		}
		List<Problem> problems = report.problems().stream().map(Problem::of).toList();
		Json.print(this.spec.commandLine().getOut(),
				new Invalid(this.file.toString(), false, problems.size(), problems));
		report.problems().forEach((problem) -> this.spec.commandLine().getErr().println("error: " + problem));
		this.spec.commandLine().getErr().flush();
		return 1;
	}

	record Invalid(String file, boolean valid, int problemCount, List<Problem> problems) {
	}

	record Problem(String file, int line, String field, String message) {

		static Problem of(WiringProblem problem) {
			return new Problem(problem.file().toString(), problem.line(), problem.field(), problem.message());
		}

	}

}
