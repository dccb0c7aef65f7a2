package org.cloakroom.kiosk;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * The simulation in a JVM of its own, as a Pi runs it ({@code -Xmx256m}, the serial
 * collector) on a free port with the demo bank and the first admin's test password, for
 * tests that need what only a whole process shows: its heap, or its stop by a signal. Its
 * output goes to {@link #log()}; {@link #start} returns once health is UP.
 */
public final class ForkedKiosk implements AutoCloseable {

	private static final Path DEMO_WIRING = Path.of("../firmware-config/lockers/demo.yaml")
		.toAbsolutePath()
		.normalize();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Process process;

	private final URI base;

	private final Path log;

	private ForkedKiosk(Process process, URI base, Path log) {
		this.process = process;
		this.base = base;
		this.log = log;
	}

	/**
	 * Starts the simulation in {@code directory} with {@code arguments} added, its output
	 * in {@code directory/kiosk.log}.
	 */
	public static ForkedKiosk start(Path directory, String... arguments) throws IOException {
		return startWithHeap(directory, "256m", arguments);
	}

	/** The same with another most heap than the Pi's ({@code -Xmx} of it). */
	public static ForkedKiosk startWithHeap(Path directory, String maxHeap, String... arguments) throws IOException {
		return start(directory, maxHeap, ForkedKiosk::healthUp, arguments);
	}

	/**
	 * Starts it and returns once it answers health, UP or not: for a kiosk that is meant
	 * to start with a component DOWN.
	 */
	public static ForkedKiosk startAnswering(Path directory, String... arguments) throws IOException {
		return start(directory, "256m", ForkedKiosk::answers, arguments);
	}

	private static ForkedKiosk start(Path directory, String maxHeap, Predicate<ForkedKiosk> ready, String... arguments)
			throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = directory.resolve("kiosk.log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
						"-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
						CloakroomApplication.class.getName(), "--spring.profiles.active=simulation",
						"--server.port=" + port, "--cloakroom.locker.wiring-file=" + DEMO_WIRING));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("CLOAKROOM_ADMIN_PASSWORD", SignedIn.ADMIN_PASSWORD);
		ForkedKiosk kiosk = new ForkedKiosk(builder.start(), URI.create("http://127.0.0.1:" + port), log);
		Runtime.getRuntime().addShutdownHook(new Thread(kiosk.process::destroyForcibly));
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!kiosk.process.isAlive()) {
				throw new AssertionError("the kiosk ended while starting:\n" + Files.readString(log));
			}
			return ready.test(kiosk);
		});
		return kiosk;
	}

	public URI base() {
		return this.base;
	}

	public Path log() {
		return this.log;
	}

	/** Whether {@code /actuator/health} answers at all, whatever its status. */
	private boolean answers() {
		try {
			int status = HTTP
				.send(HttpRequest.newBuilder(this.base.resolve("/actuator/health"))
					.timeout(Duration.ofSeconds(10))
					.build(), BodyHandlers.discarding())
				.statusCode();
			return status == 200 || status == 503;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Whether {@code /actuator/health} answers UP. */
	public boolean healthUp() {
		try {
			HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(this.base.resolve("/actuator/health"))
				.timeout(Duration.ofSeconds(10))
				.build(), BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Stops it as systemd does (SIGTERM) and waits; whether it ended within the time.
	 */
	public boolean stop(Duration within) throws InterruptedException {
		this.process.descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
		return this.process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Ends it, gently if it still listens, by force if not. */
	@Override
	public void close() throws InterruptedException {
		if (!stop(Duration.ofSeconds(30))) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

}
