package org.cloakroom.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * A command the deploy tests run to its end, with its output (standard output and error
 * together) kept for the assertion's message.
 */
final class Command {

	private final List<String> words;

	private final Map<String, String> environment;

	private final Path directory;

	private Command(List<String> words, Map<String, String> environment, Path directory) {
		this.words = words;
		this.environment = environment;
		this.directory = directory;
	}

	static Command of(Object... words) {
		List<String> strings = new ArrayList<>();
		for (Object word : words) {
			strings.add(word.toString());
		}
		return new Command(strings, Map.of(), null);
	}

	/** The command with these variables added to the test's environment. */
	Command with(Map<String, String> environment) {
		return new Command(this.words, environment, this.directory);
	}

	/** The command run in {@code directory} instead of the test's working directory. */
	Command in(Path directory) {
		return new Command(this.words, this.environment, directory);
	}

	/** Runs the command; fails the test with its output unless it exits 0. */
	String succeeds() throws IOException, InterruptedException {
		Result result = run();
		if (result.exitCode() != 0) {
			fail("'" + String.join(" ", this.words) + "' exited " + result.exitCode() + ":\n" + result.output());
		}
		return result.output();
	}

	Result run() throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(this.words).redirectErrorStream(true);
		builder.environment().putAll(this.environment);
		if (this.directory != null) {
			builder.directory(this.directory.toFile());
		}
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("'" + String.join(" ", this.words) + "' did not end in 5 minutes");
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	record Result(int exitCode, String output) {
	}

	/** The repository's deploy/install.sh. */
	static Path installScript() throws IOException {
		return DebianCommands.repository().resolve("deploy/install.sh");
	}

}
