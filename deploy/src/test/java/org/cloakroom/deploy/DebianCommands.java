package org.cloakroom.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * The Debian tools the deploy tests run. A missing one fails the test with the package
 * that brings it (README.md, "Run the tests"): a test that needs a tool never skips.
 */
final class DebianCommands {

	private DebianCommands() {
	}

	/**
	 * The path of {@code command} on {@code PATH} (or {@code /usr/sbin}, {@code /sbin},
	 * which a non-root {@code PATH} may lack); fails naming {@code debianPackage} when it
	 * is not installed.
	 */
	static Path require(String command, String debianPackage) {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
		return Stream.concat(Stream.of(path.split(":")), Stream.of("/usr/sbin", "/sbin"))
			.filter((dir) -> !dir.isEmpty())
			.map((dir) -> Path.of(dir, command))
			.filter(Files::isExecutable)
			.findFirst()
			.orElseGet(() -> fail("this test needs '" + command + "' from Debian's package " + debianPackage
					+ ": apt-get install -y " + debianPackage + " (README.md, \"Run the tests\")"));
	}

	/** The repository's root, as the build passes it. */
	static Path repository() throws IOException {
		return Path.of(System.getProperty("cloakroom.repository", "..")).toRealPath();
	}

	/** The kiosk's jar the build made. */
	static Path kioskJar() {
		Path jar = Path.of(System.getProperty("cloakroom.kiosk.jar", "../kiosk/target/cloakroom-kiosk.jar"));
		if (!Files.isRegularFile(jar)) {
			fail("the kiosk's jar is not built at " + jar.toAbsolutePath() + ": run mvn -B verify from the root");
		}
		return jar;
	}

}
