package org.cloakroom.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * shellcheck on every shell script of the repository: every {@code *.sh} and every file
 * whose first line is a sh or bash shebang, under the folders that hold scripts (found,
 * not listed, so a new script is checked the day it is added). A finding fails the test
 * naming the file, the line and the check.
 */
class ShellScriptsIT {

	private static final List<String> FOLDERS = List.of("deploy", "firmware-config", ".ci", "kiosk/src");

	private static final Pattern SHELL_SHEBANG = Pattern.compile("^#!\\s*/\\S*/(?:env\\s+)?(?:ba|da)?sh(?:\\s.*)?$");

	@Test
	void everyShellScriptPassesShellcheck() throws Exception {
		Path shellcheck = DebianCommands.require("shellcheck", "shellcheck");
		Path repository = DebianCommands.repository();
		List<Path> scripts = scripts(repository);
		assertThat(scripts).as("scripts found")
			.contains(repository.resolve("deploy/bin/cloakroom-screen"), repository.resolve(".ci/run"));

		List<String> command = new ArrayList<>(List.of(shellcheck.toString(), "--format=gcc", "--external-sources"));
		scripts.forEach((script) -> command.add(repository.relativize(script).toString()));
		Command.Result result = Command.of(command.toArray()).in(repository).run();
		String findings = result.output();
		int exit = result.exitCode();

		assertThat(findings).as("shellcheck's findings (file:line:column: level: message [check])").isEmpty();
		assertThat(exit).as("shellcheck's exit status").isZero();
	}

	/** Every shell script under {@link #FOLDERS}, build output left out. */
	static List<Path> scripts(Path repository) throws IOException {
		List<Path> scripts = new ArrayList<>();
		for (String folder : FOLDERS) {
			Path root = repository.resolve(folder);
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(Files::isRegularFile)
					.filter((file) -> !repository.relativize(file).toString().matches("(.*/)?target/.*"))
					.filter(ShellScriptsIT::isShellScript)
					.sorted()
					.forEach(scripts::add);
			}
		}
		return scripts;
	}

	private static boolean isShellScript(Path file) {
		if (file.getFileName().toString().endsWith(".sh")) {
			return true;
		}
		try (InputStream in = Files.newInputStream(file)) {
			String start = new String(in.readNBytes(128), StandardCharsets.ISO_8859_1);
			return SHELL_SHEBANG.matcher(start.lines().findFirst().orElse("")).matches();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + file, ex);
		}
	}

}
