package org.cloakroom.kiosk.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns picocli's errors into one line on standard error and an exit code. */
final class OneLineErrors {

	/** Exit code for a command line that could not be understood. */
	static final int USAGE = 2;

	/** Exit code for a command that was understood but failed. */
	static final int FAILED = 1;

	private OneLineErrors() {
	}

	static int parameterError(ParameterException problem, String[] args) {
		CommandLine command = problem.getCommandLine();
		command.getErr()
			.println("error: " + problem.getMessage() + " (try: " + command.getCommandSpec().qualifiedName()
					+ " --help)");
		return USAGE;
	}

	static int executionError(Exception problem, CommandLine command, ParseResult parsed) {
		String message = (problem.getMessage() != null) ? problem.getMessage() : problem.getClass().getSimpleName();
		command.getErr().println("error: " + message.lines().findFirst().orElse(message));
		if ("1".equals(System.getenv("CLOAKROOM_DEBUG"))) {
			problem.printStackTrace(command.getErr());
		}
		return FAILED;
	}

}
