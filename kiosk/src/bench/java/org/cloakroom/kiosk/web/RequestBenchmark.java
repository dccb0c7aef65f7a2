package org.cloakroom.kiosk.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.CloakroomApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole HTTP requests to the simulation over loopback, one client thread, in the
 * percentiles JMH's sample mode reports (p0.95 is the figure BENCHMARKS.md keeps):
 * {@code kioskCheckIn} is the kiosk's check-in decision (a typed badge with its PIN, then
 * back to the idle screen, from loopback as the kiosk's own screen sends it),
 * {@code consoleRead} a console read of the lockers with HTTP Basic as a script sends it
 * (the first admin; its password is checked with BCrypt once, then remembered).
 * <p>
 * PINs are hashed at BCrypt cost 4 here, so that the figures show what the web edge
 * costs rather than the PIN hash, which is the same before and after sign-in.
 * <p>
 * Run: {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="RequestBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class RequestBenchmark {

	private static final String ADMIN_PASSWORD = "request-benchmark-admin";

	private static final String ADMIN_BASIC = "Basic "
			+ Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

	private ConfigurableApplicationContext application;

	private HttpClient client;

	private String base;

	@Setup(Level.Trial)
	public void start() throws Exception {
		Path data = Files.createTempDirectory("request-benchmark");
		this.application = SpringApplication.run(CloakroomApplication.class, "--spring.profiles.active=simulation",
				"--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db")
						+ ";WRITE_DELAY=0;TRACE_LEVEL_FILE=4;QUERY_CACHE_SIZE=64",
				"--cloakroom.secrets.dir=" + data.resolve("secrets"), "--cloakroom.security.pin.hash-strength=4",
				"--cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml", "--logging.level.root=WARN",
				"--CLOAKROOM_ADMIN_PASSWORD=" + ADMIN_PASSWORD);
		int port = ((WebServerApplicationContext) this.application).getWebServer().getPort();
		this.base = "http://127.0.0.1:" + port;
		this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.application.close();
	}

	@Benchmark
	public int kioskCheckIn() throws Exception {
		int identified = post("/api/v1/kiosk/identify", "{\"badgeId\":\"100002\",\"pin\":\"2222\"}");
		return identified + post("/api/v1/kiosk/reset", null);
	}

	@Benchmark
	public int consoleRead() throws Exception {
		return send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/lockers")).header("Authorization", ADMIN_BASIC)
			.GET());
	}

	private int post(String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		if (json != null) {
			request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.POST(HttpRequest.BodyPublishers.noBody());
		}
		return send(request);
	}

	private int send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(
					request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.statusCode();
	}

}
