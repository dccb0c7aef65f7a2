package org.cloakroom.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code systemd-analyze verify} on every unit under deploy/systemd, as installed: in a
 * temporary root ({@code --root}) holding this machine's own units (for the targets they
 * name), the repository's units in /usr/lib/systemd/system, and every program their
 * {@code Exec*=} lines run. The project's programs are the repository's own scripts from
 * deploy/bin (a unit naming one that does not exist fails); the Debian programs they run
 * (java from the JRE, chvt from kbd) are stand-ins, since the check is that the path is
 * an executable, not what it does. Any line verify prints about a unit fails the test,
 * warnings included: verify exits 0 on an unknown directive.
 */
class UnitFilesIT {

	/** Debian's programs the units run, and the package that brings each. */
	private static final Map<String, String> DEBIAN_PROGRAMS = Map.of("/usr/bin/java", "default-jre-headless",
			"/usr/bin/chvt", "kbd");

	/** Where the installed layout puts the project's programs (deploy/install.sh). */
	private static final List<String> PROJECT_PROGRAM_DIRS = List.of("/usr/lib/cloakroom/", "/usr/bin/", "/usr/sbin/");

	private static final Pattern EXEC_LINE = Pattern.compile("(?m)^Exec[A-Za-z]+=\\s*[-@:+!]*(/\\S+)");

	@TempDir
	Path root;

	@Test
	void everyUnitPassesSystemdAnalyzeVerify() throws Exception {
		Path analyze = DebianCommands.require("systemd-analyze", "systemd");
		Path repository = DebianCommands.repository();
		List<Path> units = units(repository);
		assertThat(units).as("units under deploy/systemd")
			.extracting((unit) -> unit.getFileName().toString())
			.contains("cloakroom.service", "cloakroom-screen.service");

		Path unitDir = Files.createDirectories(this.root.resolve("usr/lib/systemd/system"));
		copyTree(Path.of("/usr/lib/systemd/system"), unitDir);
		for (Path unit : units) {
			Files.copy(unit, unitDir.resolve(unit.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			for (String program : programs(unit)) {
				install(repository, unit, program);
			}
		}

		List<String> command = new ArrayList<>(List.of(analyze.toString(), "verify", "--root=" + this.root));
		units.forEach((unit) -> command.add(unit.getFileName().toString()));
		Command.Result result = Command.of(command.toArray()).run();
		String output = result.output();
		int exit = result.exitCode();

		assertThat(output).as("what systemd-analyze verify says about %s", units).isEmpty();
		assertThat(exit).as("systemd-analyze verify's exit status; it said:\n%s", output).isZero();
	}

	private static List<Path> units(Path repository) throws IOException {
		try (Stream<Path> files = Files.list(repository.resolve("deploy/systemd"))) {
			return files.filter((file) -> file.getFileName().toString().matches(".+\\.(service|timer|socket|path)"))
				.sorted()
				.toList();
		}
	}

	/** The absolute paths the unit's {@code Exec*=} lines run. */
	private static Set<String> programs(Path unit) throws IOException {
		Set<String> programs = new LinkedHashSet<>();
		Matcher exec = EXEC_LINE.matcher(Files.readString(unit));
		while (exec.find()) {
			programs.add(exec.group(1));
		}
		return programs;
	}

	private void install(Path repository, Path unit, String program) throws IOException {
		Path target = this.root.resolve(program.substring(1));
		Files.createDirectories(target.getParent());
		Path script = repository.resolve("deploy/bin").resolve(Path.of(program).getFileName());
		if (DEBIAN_PROGRAMS.containsKey(program)) {
			Files.writeString(target, "#!/bin/sh\n# stands in for " + program + " from Debian's package "
					+ DEBIAN_PROGRAMS.get(program) + "\nexit 0\n");
		}
		else if (PROJECT_PROGRAM_DIRS.stream().anyMatch(program::startsWith) && Files.isRegularFile(script)) {
			Files.copy(script, target, StandardCopyOption.REPLACE_EXISTING);
		}
		else {
			fail(unit.getFileName() + " runs " + program + ", which is neither a script of deploy/bin installed there"
					+ " nor a Debian program this test knows (" + DEBIAN_PROGRAMS.keySet() + ")");
		}
		target.toFile().setExecutable(true, false);
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isSymbolicLink(file) && Files.readSymbolicLink(file).isAbsolute()) {
					continue; // a masked unit (a link to /dev/null): none of ours
				}
				if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
							LinkOption.NOFOLLOW_LINKS);
				}
			}
		}
	}

}
