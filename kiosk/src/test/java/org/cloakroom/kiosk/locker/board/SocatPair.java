package org.cloakroom.kiosk.locker.board;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A pseudo-terminal pair made by Debian's socat, standing in for the RS-485 bus between
 * the Pi's USB adapter ({@link #kiosk()}) and a locker board ({@link #board()}). Started
 * once per test class; ended by its own PID (at the latest when the test JVM exits).
 */
public final class SocatPair implements AutoCloseable {

	private final Process socat;

	private final Path dir;

	private SocatPair(Process socat, Path dir) {
		this.socat = socat;
		this.dir = dir;
	}

	public static SocatPair start(Path dir) {
		String socat = findSocat();
		try {
			Process process = new ProcessBuilder(socat, "pty,raw,echo=0,link=" + dir.resolve("board"),
					"pty,raw,echo=0,link=" + dir.resolve("kiosk"))
				.redirectErrorStream(true)
				.redirectOutput(dir.resolve("socat.log").toFile())
				.start();
			SocatPair pair = new SocatPair(process, dir);
			// a test class that fails before its @AfterAll still ends its socat with the
			// JVM
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> Files.exists(pair.board()) && Files.exists(pair.kiosk()) || !process.isAlive());
			if (!process.isAlive()) {
				throw new IllegalStateException(
						"socat ended at once: " + Files.readString(dir.resolve("socat.log")).strip());
			}
			return pair;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start socat: " + ex.getMessage(), ex);
		}
	}

	/** The board's end of the bus. */
	public Path board() {
		return this.dir.resolve("board");
	}

	/** The kiosk's end, as a wiring file names its port. */
	public Path kiosk() {
		return this.dir.resolve("kiosk");
	}

	@Override
	public void close() {
		this.socat.destroy();
		try {
			if (!this.socat.waitFor(5, TimeUnit.SECONDS)) {
				this.socat.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String findSocat() {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
			Path candidate = Path.of(dir, "socat");
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		throw new IllegalStateException("socat is not installed: the RS-485 tests need Debian's package socat "
				+ "(apt-get install socat; .ci/run installs it)");
	}

}
