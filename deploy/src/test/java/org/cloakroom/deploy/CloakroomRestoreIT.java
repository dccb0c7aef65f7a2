package org.cloakroom.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deploy/bin/cloakroom-restore} against a temporary installed layout: the kiosk's
 * jar runs (the simulation, on an H2 file in the layout's data directory) while requests
 * keep writing to its log, an admin takes a backup over the API, the program stops
 * (signing a checkpoint after the backup), and the script restores the newest backup. A
 * stand-in {@code systemctl} on {@code PATH} answers {@code is-active} from a file,
 * standing in for systemd as PID 1, which a test does not have: the script refuses while
 * it says the kiosk is active, and restores once it is not, the restored log verified by
 * {@code audit verify}.
 */
class CloakroomRestoreIT {

	private static final String ADMIN_PASSWORD = "restore-test-admin-password";

	@TempDir
	Path root;

	private Process kiosk;

	@AfterEach
	void stopTheKiosk() throws InterruptedException {
		if (this.kiosk != null && this.kiosk.isAlive()) {
			this.kiosk.destroy();
			this.kiosk.waitFor(60, TimeUnit.SECONDS);
		}
	}

	@Test
	void refusesWhileTheKioskIsActiveThenRestoresTheNewestBackupAndItsLogVerifies() throws Exception {
		Path data = Files.createDirectories(this.root.resolve("var/lib/cloakroom/data"));
		Path backups = Files.createDirectories(this.root.resolve("var/lib/cloakroom/backups"));
		int port = freePort();
		startTheKiosk(port);
		String backup = backupUnderWrites(port);
		this.kiosk.destroy();
		assertThat(this.kiosk.waitFor(60, TimeUnit.SECONDS)).as("the kiosk stops on SIGTERM").isTrue();
		assertThat(backups.resolve(backup)).isRegularFile();

		Path active = this.root.resolve("systemd-says-active");
		Files.writeString(active, "");
		List<String> before = List.of(data.toFile().list());
		Command.Result refused = restoreScript(active);
		assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
		assertThat(refused.output())
			.contains("cloakroom-restore: the kiosk is running; stop it first: systemctl stop cloakroom");
		assertThat(data.toFile().list()).as("nothing changed").containsExactlyInAnyOrderElementsOf(before);
		assertThat(before).contains("cloakroom.mv.db");

		Files.delete(active);
		Command.Result restored = restoreScript(active);

		assertThat(restored.exitCode()).as(restored.output()).isZero();
		assertThat(restored.output()).contains("restoring " + backups.resolve(backup), "restored " + backup, "intact: ",
				"behind: the restored log ends at entry ", "done; start the kiosk: systemctl start cloakroom");
		try (Stream<Path> aside = Files.list(data)) {
			assertThat(aside.filter((path) -> path.getFileName().toString().startsWith("before-restore-")))
				.singleElement()
				.satisfies((folder) -> assertThat(folder.resolve("cloakroom.mv.db")).isRegularFile());
		}
		Command.Result verified = run(
				List.of("java", "-jar", DebianCommands.kioskJar().toString(), "audit", "verify", "--db",
						data.resolve("cloakroom.mv.db").toString(), "--password-file",
						secrets().resolve("database-owner.password").toString(), "--key",
						secrets().resolve("audit-chain.key").toString(), "--checkpoints", checkpoints().toString()),
				Map.of());
		assertThat(verified.exitCode()).as(verified.output()).isZero();
		assertThat(verified.output()).startsWith("intact: ");
	}

	private void startTheKiosk(int port) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("java", "-jar", DebianCommands.kioskJar().toString(),
				"--spring.profiles.active=simulation", "--server.port=" + port,
				"--spring.datasource.url=jdbc:h2:file:" + this.root.resolve("var/lib/cloakroom/data/cloakroom")
				// the kiosk profile's settings: the database stays open for the shutdown
				// checkpoint
						+ ";WRITE_DELAY=0;TRACE_LEVEL_FILE=4;DB_CLOSE_ON_EXIT=FALSE",
				"--cloakroom.secrets.dir=" + secrets(), "--cloakroom.audit.checkpoint-dir=" + checkpoints(),
				"--cloakroom.backup.directory=" + this.root.resolve("var/lib/cloakroom/backups"))
			.directory(Files.createDirectories(this.root.resolve("work")).toFile())
			.redirectErrorStream(true);
		builder.environment().put("CLOAKROOM_ADMIN_PASSWORD", ADMIN_PASSWORD);
		this.kiosk = builder.start();
		CompletableFuture<Void> started = new CompletableFuture<>();
		List<String> output = new ArrayList<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(this.kiosk.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					synchronized (output) {
						output.add(line);
					}
					// verified its log and signed a checkpoint: what a backup is checked
					// against
					if (line.contains("Audit checkpoint (start-up) signed")) {
						started.complete(null);
					}
				}
				started.completeExceptionally(new IllegalStateException("the kiosk stopped before it started"));
			}
			catch (IOException ex) {
				started.completeExceptionally(ex);
			}
		}, "kiosk-output");
		reader.setDaemon(true);
		reader.start();
		try {
			started.get(180, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			synchronized (output) {
				throw new AssertionError("the kiosk did not start: " + String.join("\n", output), ex);
			}
		}
	}

	/**
	 * Wrong PINs at the kiosk (from loopback, as the kiosk's screen) keep its log growing
	 * while an admin takes a backup.
	 */
	private String backupUnderWrites(int port) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger answered = new AtomicInteger();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		writer.submit(() -> {
			while (!stop.get()) {
				http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/kiosk/identify"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"badgeId\":\"100001\",\"pin\":\"0000\"}"))
					.build(), HttpResponse.BodyHandlers.discarding());
				answered.incrementAndGet();
			}
			return null;
		});
		try {
			HttpResponse<String> taken = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/backups"))
					.header("Authorization",
							"Basic " + Base64.getEncoder()
								.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
			return taken.body().replaceAll(".*\"file\":\"([^\"]+)\".*", "$1");
		}
		finally {
			stop.set(true);
			writer.shutdown();
			assertThat(writer.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			assertThat(answered.get()).as("requests that wrote while the backup was taken").isPositive();
		}
	}

	private Command.Result restoreScript(Path active) throws Exception {
		Path bin = Files.createDirectories(this.root.resolve("test-bin"));
		Path systemctl = bin.resolve("systemctl");
		// stands in for systemd's systemctl: "is-active" answers from a file
		Files.writeString(systemctl, """
				#!/bin/sh
				[ "$1" = is-active ] || exit 3
				[ -e "$CLOAKROOM_TEST_ACTIVE" ]
				""");
		Files.setPosixFilePermissions(systemctl, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path script = DebianCommands.repository().resolve("deploy/bin/cloakroom-restore");
		Map<String, String> environment = Map.of("PATH", bin + ":" + System.getenv("PATH"), "CLOAKROOM_TEST_ACTIVE",
				active.toString(), "CLOAKROOM_JAR", DebianCommands.kioskJar().toAbsolutePath().toString(),
				"CLOAKROOM_DATA", this.root.resolve("var/lib/cloakroom/data").toString(), "CLOAKROOM_SECRETS",
				secrets().toString(), "CLOAKROOM_BACKUPS", this.root.resolve("var/lib/cloakroom/backups").toString(),
				"CLOAKROOM_CHECKPOINTS", checkpoints().toString(), "CLOAKROOM_USER", System.getProperty("user.name"));
		return run(List.of("bash", script.toString()), environment);
	}

	private Path secrets() {
		return this.root.resolve("var/lib/cloakroom/secrets");
	}

	private Path checkpoints() {
		return this.root.resolve("var/log/cloakroom/checkpoints");
	}

	private Command.Result run(List<String> command, Map<String, String> environment) throws Exception {
		return Command.of(command.toArray()).with(environment).run();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
