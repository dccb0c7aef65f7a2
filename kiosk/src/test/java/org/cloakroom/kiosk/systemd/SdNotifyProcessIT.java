package org.cloakroom.kiosk.systemd;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.CloakroomApplication;
import org.cloakroom.kiosk.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk as systemd runs it: a process of its own (the simulation, from the test class
 * path, in an empty folder) with {@code NOTIFY_SOCKET} and {@code WATCHDOG_USEC} set. A
 * real AF_UNIX datagram socket bound by the test stands in for systemd
 * ({@link SystemdStandIn}). READY=1 comes only once {@code /actuator/health} answers UP,
 * then WATCHDOG=1, and STOPPING=1 when the process is ended by its PID as systemd ends it
 * (SIGTERM).
 */
class SdNotifyProcessIT {

	private static final Path DEMO_WIRING = Path.of("../firmware-config/lockers/demo.yaml")
		.toAbsolutePath()
		.normalize();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	Path directory;

	@Test
	void saysReadyOnlyOnceHealthIsUpThenFeedsTheWatchdogAndSaysStoppingWhenEnded() throws Exception {
		Path home = Files.createDirectories(this.directory.resolve("home"));
		int port = freePort();
		try (SystemdStandIn systemd = SystemdStandIn.atPath(this.directory)) {
			ProcessBuilder builder = new ProcessBuilder(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
							"-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
							CloakroomApplication.class.getName(), "--spring.profiles.active=simulation",
							"--server.port=" + port, "--cloakroom.locker.wiring-file=" + DEMO_WIRING))
				.directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(this.directory.resolve("kiosk.log").toFile());
			builder.environment().put("NOTIFY_SOCKET", systemd.notifySocket());
			builder.environment().put("WATCHDOG_USEC", "2000000");
			builder.environment().remove("WATCHDOG_PID");
			builder.environment().put("CLOAKROOM_ADMIN_PASSWORD", SignedIn.ADMIN_PASSWORD);
			long started = System.nanoTime();
			Process kiosk = builder.start();
			try {
				String ready = systemd.receive(Duration.ofMinutes(3));
				long readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
				HttpResponse<String> health = HTTP.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				System.out.println("sd_notify READY=1 " + readyMillis + " ms after the process started: "
						+ ready.replace('\n', ' '));

				assertThat(ready).startsWith("READY=1\nSTATUS=ready; ");
				assertThat(health.statusCode()).as("health when READY=1 arrived").isEqualTo(200);
				assertThat(health.body()).contains("\"status\":\"UP\"");
				assertThat(systemd.receive(Duration.ofSeconds(30))).contains("WATCHDOG=1");

				kiosk.toHandle().destroy();
				assertThat(untilStopping(systemd)).isEqualTo("STOPPING=1\nSTATUS=stopping");
				assertThat(kiosk.waitFor(30, TimeUnit.SECONDS)).as("ended after STOPPING=1").isTrue();
			}
			finally {
				kiosk.destroyForcibly();
			}
		}
	}

	/** Skips the watchdog pings that may still arrive before the stop. */
	private static String untilStopping(SystemdStandIn systemd) throws IOException {
		String message = systemd.receive(Duration.ofSeconds(30));
		for (int i = 0; i < 30 && message.contains("WATCHDOG=1"); i++) {
			message = systemd.receive(Duration.ofSeconds(30));
		}
		return message;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
