package org.cloakroom.kiosk.ble;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A JVM on the test class path with {@code DBUS_SYSTEM_BUS_ADDRESS} set: TinyB reads the
 * bus from the environment (GLib) and is a process-wide singleton, so its tests run it in
 * a process of its own. Collects standard output by line; {@link #close()} kills it.
 */
public final class ChildJvm implements AutoCloseable {

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final StringBuilder errors = new StringBuilder();

	private ChildJvm(Process process) {
		this.process = process;
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				in.lines().forEach(this.lines::add);
			}
			catch (IOException ex) {
				// the process is gone
			}
		}, "child-jvm-stdout");
		reader.setDaemon(true);
		reader.start();
	}

	public static ChildJvm start(String busAddress, Class<?> main, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-cp",
						System.getProperty("java.class.path"), main.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("DBUS_SYSTEM_BUS_ADDRESS", busAddress);
		return new ChildJvm(builder.start());
	}

	/** Writes one line to the child's standard input. */
	public void send(String line) {
		try {
			this.process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
			this.process.getOutputStream().flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the child JVM no longer reads its input", ex);
		}
	}

	public List<String> lines() {
		return List.copyOf(this.lines);
	}

	public String output() {
		return String.join("\n", this.lines);
	}

	/** Waits for the process to end by itself; its exit code. */
	public int waitFor(long seconds) throws InterruptedException {
		if (!this.process.waitFor(seconds, TimeUnit.SECONDS)) {
			throw new AssertionError("the child JVM did not end within " + seconds + " s; it printed:\n" + output());
		}
		return this.process.exitValue();
	}

	@Override
	public void close() {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
		try {
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
