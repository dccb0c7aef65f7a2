package org.cloakroom.kiosk.audit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cloakroom.kiosk.ForkedKiosk;
import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk stopped as systemd stops it (SIGTERM to the JVM) signs its shutdown
 * checkpoint before the database closes: a forked simulation on the default database URL
 * (application.yml's, in a working directory of its own), one check-in, then the signal.
 * A test context closed in-process cannot show this: H2's own shutdown hook runs only
 * when a JVM ends, and closed the database under the program until
 * {@code DB_CLOSE_ON_EXIT=FALSE}.
 */
class ShutdownCheckpointIT {

	private static final Pattern SIGNED = Pattern.compile("Audit checkpoint \\(shutdown\\) signed at entry (\\d+)");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	Path dir;

	@Test
	void aStoppedKioskSignsItsShutdownCheckpointAndItsLogVerifies() throws Exception {
		Path log;
		// the test class path's application.properties moves these under target/
		try (ForkedKiosk kiosk = ForkedKiosk.start(this.dir, "--cloakroom.audit.checkpoint-dir=data/checkpoints",
				"--cloakroom.secrets.dir=data/secrets")) {
			log = kiosk.log();
			HttpRequest identify = HttpRequest.newBuilder(kiosk.base().resolve("/api/v1/kiosk/identify"))
				.header("Content-Type", "application/json")
				.POST(BodyPublishers.ofString("{\"badgeId\":\"100002\",\"pin\":\"2222\"}"))
				.build();
			assertThat(HTTP.send(identify, BodyHandlers.ofString()).statusCode()).isEqualTo(200);

			assertThat(kiosk.stop(Duration.ofMinutes(1))).as("the kiosk stops within a minute").isTrue();
		}

		String output = Files.readString(log);
		Matcher signed = SIGNED.matcher(output);
		assertThat(signed.find()).as(output).isTrue();
		assertThat(output).doesNotContain("Database is already closed");
		Path checkpoints = this.dir.resolve("data/checkpoints");
		try (Stream<Path> files = Files.list(checkpoints)) {
			assertThat(files.map((file) -> file.getFileName().toString())).anyMatch(
					(name) -> name.startsWith(String.format("checkpoint-%012d-", Long.parseLong(signed.group(1)))));
		}
		StringWriter out = new StringWriter();
		int verified = FieldTools.commandLine(new PrintWriter(out, true), new PrintWriter(out, true))
			.execute("audit", "verify", "--db", this.dir.resolve("data/cloakroom.mv.db").toString(), "--password-file",
					this.dir.resolve("data/secrets/database-owner.password").toString(), "--key",
					this.dir.resolve("data/secrets/audit-chain.key").toString(), "--checkpoints",
					checkpoints.toString());
		assertThat(verified).as(out.toString()).isZero();
		assertThat(out.toString()).contains("newest checkpoint at entry " + signed.group(1));
	}

}
