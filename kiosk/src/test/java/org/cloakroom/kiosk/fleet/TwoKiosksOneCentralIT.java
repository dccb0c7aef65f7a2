package org.cloakroom.kiosk.fleet;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.cloakroom.kiosk.ForkedKiosk;
import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many doors, one view, end to end: a central instance on Debian's PostgreSQL (in this
 * JVM) and kiosks as a Pi runs them (the simulation, each in a JVM of its own with its H2
 * file), joined with the real {@code fleet join} and forwarding over the network, which
 * the test cuts and restores ({@link NetworkLink}). What central holds of each kiosk must
 * be exactly the kiosk's own log: every sequence once, every hash the same.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cloakroom.scheduling.enabled=false", "cloakroom.security.pin.hash-strength=4",
				"cloakroom.security.signin.hash-strength=4",
				"cloakroom.enrolment.identity-key=94TBrHI/erLeboCd6KUAARjpw4lEwyEFaTv0NC4Gl30=",
				"CLOAKROOM_ADMIN_PASSWORD=" + SignedIn.ADMIN_PASSWORD })
class TwoKiosksOneCentralIT {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final JsonMapper JSON = JsonMapper.shared();

	/** A kiosk forwards quickly and retries soon, so that the test waits seconds. */
	private static final String[] FORWARDING = { "--cloakroom.fleet.batch-size=1000",
			"--cloakroom.fleet.heartbeat-interval=1s", "--cloakroom.fleet.retry-backoff=200ms",
			"--cloakroom.fleet.max-retry-backoff=1s", "--cloakroom.fleet.request-timeout=10s" };

	@DynamicPropertySource
	static void central(DynamicPropertyRegistry registry) {
		PostgresServer.central(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate central;

	@TempDir
	Path directory;

	@Test
	void twoKiosksForwardConcurrentlyThroughACutNetworkWhileAnOfficerSearches() throws Exception {
		List<Door> doors = List.of(door("east-wing-1", "HQ"), door("lab-2", "Lab"));
		ExecutorService work = Executors.newFixedThreadPool(3);
		AtomicBoolean running = new AtomicBoolean(true);
		ConcurrentLinkedQueue<String> searchFailures = new ConcurrentLinkedQueue<>();
		AtomicInteger searches = new AtomicInteger();
		try {
			List<Future<Integer>> taps = new ArrayList<>();
			for (Door door : doors) {
				taps.add(work.submit(() -> tapUnknownBadges(door, running)));
			}
			Future<?> officer = work.submit(() -> {
				while (running.get()) {
					for (Door door : doors) {
						HttpResponse<String> page = get(
								centralUri("/api/v1/audit/events?kiosk=" + door.name + "&limit=50"));
						searches.incrementAndGet();
						if (page.statusCode() != 200) {
							searchFailures.add(page.statusCode() + " " + page.body());
						}
					}
				}
				return null;
			});
			Door cut = doors.get(0);
			await("both kiosks forwarding").atMost(Duration.ofMinutes(2))
				.until(() -> doors.stream().allMatch((door) -> centralHead(door) > 20));

			cut.link.cut();
			// a batch central took as the link was cut may still commit: count from after
			// it
			await("the cut kiosk's log grows while central cannot hear it").atMost(Duration.ofMinutes(1))
				.until(() -> kioskHead(cut) > centralHead(cut) + 50);
			long heldWhileCut = centralHead(cut);
			await("and grows on").atMost(Duration.ofMinutes(1)).until(() -> kioskHead(cut) > heldWhileCut + 100);
			assertThat(centralHead(cut)).as("nothing arrives over a cut network").isEqualTo(heldWhileCut);
			assertThat(centralHead(doors.get(1))).as("the other door forwards on").isGreaterThan(20);

			cut.link.restore();
			running.set(false);
			for (Future<Integer> tapped : taps) {
				assertThat(tapped.get(1, TimeUnit.MINUTES)).isPositive();
			}
			officer.get(1, TimeUnit.MINUTES);
			for (Door door : doors) {
				await(door.name + " caught up").atMost(Duration.ofMinutes(2))
					.until(() -> centralHead(door) == kioskHead(door));
			}
			assertThat(searches.get()).isPositive();
			assertThat(searchFailures).as("the officer's searches while kiosks forwarded").isEmpty();
			for (Door door : doors) {
				door.kiosk.close();
				assertSameChain(door);
			}
			HttpResponse<String> search = get(
					centralUri("/api/v1/audit/events?site=Lab&type=UnknownBadgeRead&limit=5"));
			assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
			assertThat(JSON.readTree(search.body())).as(search.body())
				.isNotEmpty()
				.allSatisfy((entry) -> assertThat(entry.get("kiosk").asString()).isEqualTo("lab-2"));
		}
		finally {
			running.set(false);
			work.shutdownNow();
			for (Door door : doors) {
				door.close();
			}
		}
	}

	@Test
	void aKioskRestoredFromAnOldBackupCatchesUpFromCentralOrForks() throws Exception {
		try (Door door = door("north-gate", "HQ")) {
			tap(door, 20);
			Path backup = backup(door);
			tap(door, 30);
			await("central holds all of it").atMost(Duration.ofMinutes(1))
				.until(() -> centralHead(door) == kioskHead(door));
			long beforeRestore = centralHead(door);

			// restored, caught up from central before it starts: the chain goes on
			door.kiosk.close();
			restore(door, backup);
			assertThat(catchUp(door)).isZero();
			door.start();
			tap(door, 5);
			await("forwarding on after the restore").atMost(Duration.ofMinutes(1))
				.until(() -> centralHead(door) == kioskHead(door) && centralHead(door) > beforeRestore + 5);
			assertThat(forkedAt(door)).isNull();
			door.kiosk.close();
			assertSameChain(door);

			// restored again and started without catching up: its new entries contradict
			// central's copy, which refuses them and alerts
			restore(door, backup);
			door.startForked();
			await("central finds the fork").atMost(Duration.ofMinutes(1)).until(() -> forkedAt(door) != null);
			assertThat(this.central.queryForObject(
					"SELECT COUNT(*) FROM alert a JOIN audit_event e ON e.sequence = a.raised_by_sequence"
							+ " WHERE e.type = 'KioskChainForked' AND e.subject = ?",
					Long.class, "registered-kiosk:" + door.name))
				.isOne();
			await("the kiosk says it stopped").atMost(Duration.ofMinutes(1))
				.until(() -> kioskFleetHealth(door).path("status").asString().equals("DOWN"));
		}
	}

	/**
	 * A kiosk registered centrally, started once (its keys), joined, and started again.
	 */
	private Door door(String name, String site) throws Exception {
		HttpResponse<String> registered = post(centralUri("/api/v1/kiosks"),
				"{\"name\":\"" + name + "\",\"site\":\"" + site + "\"}");
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		String code = JSON.readTree(registered.body()).get("joinCode").asString();
		Path home = Files.createDirectories(this.directory.resolve(name)).toAbsolutePath();
		NetworkLink link = NetworkLink.to(this.port);
		Door door = new Door(name, home, link);
		door.start();
		door.kiosk.close();
		StringWriter out = new StringWriter();
		PrintWriter writer = new PrintWriter(out, true);
		int joined = FieldTools.commandLine(writer, writer, Clock.systemUTC())
			.execute("fleet", "join", "--central", "http://127.0.0.1:" + link.port() + "/", "--code", code, "--db",
					door.data().resolve("cloakroom.mv.db").toString(), "--password-file",
					door.secrets().resolve("database-owner.password").toString(), "--checkpoints",
					door.data().resolve("checkpoints").toString(), "--secrets", door.secrets().toString());
		assertThat(joined).as(out.toString()).isZero();
		door.start();
		return door;
	}

	private int tapUnknownBadges(Door door, AtomicBoolean running) throws IOException, InterruptedException {
		int taps = 0;
		while (running.get()) {
			tapOnce(door, taps++);
		}
		return taps;
	}

	private void tap(Door door, int times) throws IOException, InterruptedException {
		for (int i = 0; i < times; i++) {
			tapOnce(door, i);
		}
	}

	private void tapOnce(Door door, int i) throws IOException, InterruptedException {
		HttpResponse<String> tapped = HTTP
			.send(HttpRequest.newBuilder(door.kiosk.base().resolve("/api/v1/simulation/badges/UNKNOWN-" + i + "/tap"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), BodyHandlers.ofString());
		// refused at the door as a badge nobody has, and logged: an UnknownBadgeRead
		// entry
		assertThat(tapped.statusCode()).as(tapped.body()).isEqualTo(404);
		assertThat(tapped.body()).contains("\"code\":\"unknown-badge\"");
	}

	private Path backup(Door door) throws IOException, InterruptedException {
		HttpResponse<String> taken = HTTP.send(HttpRequest.newBuilder(door.kiosk.base().resolve("/api/v1/backups"))
			.header("Authorization", SignedIn.adminBasic())
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), BodyHandlers.ofString());
		assertThat(taken.statusCode()).as(taken.body()).isBetween(200, 201);
		try (Stream<Path> files = Files.list(door.backups())) {
			return files.filter((file) -> file.toString().endsWith(".zip")).findFirst().orElseThrow();
		}
	}

	private void restore(Door door, Path backup) {
		StringWriter out = new StringWriter();
		PrintWriter writer = new PrintWriter(out, true);
		int restored = FieldTools.commandLine(writer, writer, Clock.systemUTC())
			.execute("backup", "restore", "--from", backup.toString(), "--data", door.data().toString(),
					"--password-file", door.secrets().resolve("database-owner.password").toString());
		assertThat(restored).as(out.toString()).isZero();
	}

	private int catchUp(Door door) {
		StringWriter out = new StringWriter();
		PrintWriter writer = new PrintWriter(out, true);
		int exit = FieldTools.commandLine(writer, writer, Clock.systemUTC())
			.execute("fleet", "catch-up", "--db", door.data().resolve("cloakroom.mv.db").toString(), "--password-file",
					door.secrets().resolve("database-owner.password").toString(), "--secrets",
					door.secrets().toString());
		assertThat(exit).as(out.toString()).isZero();
		return exit;
	}

	/**
	 * Central's copy is the kiosk's log, entry for entry, up to central's head; beyond it
	 * only what the kiosk wrote as it stopped (its shutdown checkpoint), which it
	 * forwards at its next start.
	 */
	private void assertSameChain(Door door) throws SQLException, IOException {
		Map<Long, String> copy = centralChain(door);
		Map<Long, String> kiosk = kioskChain(door);
		long head = centralHead(door);
		assertThat(copy).as("central's copy of " + door.name)
			.hasSize((int) (head - copy.keySet().iterator().next() + 1));
		assertThat(kiosk).as(door.name + "'s own log").containsAllEntriesOf(copy);
		assertThat(kioskTypesAfter(door, head)).as("written as " + door.name + " stopped")
			.containsOnly("AuditCheckpointSigned");
	}

	private List<String> kioskTypesAfter(Door door, long sequence) throws SQLException, IOException {
		List<String> types = new ArrayList<>();
		try (Connection connection = door.owner();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT type FROM audit_event WHERE sequence > " + sequence)) {
			while (rows.next()) {
				types.add(rows.getString(1));
			}
		}
		return types;
	}

	private long centralHead(Door door) {
		Long head = this.central.queryForObject("SELECT MAX(e.sequence) FROM fleet_event e"
				+ " JOIN fleet_kiosk k ON k.id = e.kiosk_id WHERE k.name = ?", Long.class, door.name);
		return (head != null) ? head : 0;
	}

	private Long forkedAt(Door door) {
		return this.central.queryForObject(
				"SELECT c.forked_at FROM fleet_chain c JOIN fleet_kiosk k ON k.id = c.kiosk_id WHERE k.name = ?",
				Long.class, door.name);
	}

	private Map<Long, String> centralChain(Door door) {
		Map<Long, String> chain = new LinkedHashMap<>();
		this.central.query("SELECT e.sequence, e.hash FROM fleet_event e JOIN fleet_kiosk k ON k.id = e.kiosk_id"
				+ " WHERE k.name = ? ORDER BY e.sequence", (row) -> {
					chain.put(row.getLong(1), row.getString(2));
				}, door.name);
		return chain;
	}

	/** The kiosk's log from where central's copy starts (the entries after its join). */
	private Map<Long, String> kioskChain(Door door) throws SQLException, IOException {
		long from = this.central.queryForObject("SELECT MIN(e.sequence) FROM fleet_event e"
				+ " JOIN fleet_kiosk k ON k.id = e.kiosk_id WHERE k.name = ?", Long.class, door.name);
		Map<Long, String> chain = new LinkedHashMap<>();
		try (Connection connection = door.owner();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT sequence, hash FROM audit_event WHERE sequence >= " + from + " ORDER BY sequence")) {
			while (rows.next()) {
				chain.put(rows.getLong(1), rows.getString(2));
			}
		}
		return chain;
	}

	/** The kiosk's head as its own API tells it, read while it runs. */
	private long kioskHead(Door door) throws IOException, InterruptedException {
		return kioskFleetHealth(door).path("details").path("head").asLong();
	}

	private JsonNode kioskFleetHealth(Door door) throws IOException, InterruptedException {
		HttpResponse<String> health = HTTP
			.send(HttpRequest.newBuilder(door.kiosk.base().resolve("/actuator/health/fleet"))
				.header("Authorization", SignedIn.adminBasic())
				.build(), BodyHandlers.ofString());
		return JSON.readTree(health.body());
	}

	private URI centralUri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", SignedIn.adminBasic()).build(),
				BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(URI uri, String json) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri)
			.header("Authorization", SignedIn.adminBasic())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), BodyHandlers.ofString());
	}

	/** One kiosk: its folder (the simulation's {@code ./data}), its link to central. */
	private static final class Door implements AutoCloseable {

		final String name;

		final Path home;

		final NetworkLink link;

		ForkedKiosk kiosk;

		Door(String name, Path home, NetworkLink link) {
			this.name = name;
			this.home = home;
			this.link = link;
		}

		Path data() {
			return this.home.resolve("data");
		}

		Path secrets() {
			return data().resolve("secrets");
		}

		Path backups() {
			return this.home.resolve("backups");
		}

		void start() throws IOException {
			this.kiosk = ForkedKiosk.start(this.home, arguments());
		}

		private String[] arguments() throws IOException {
			Files.createDirectories(backups());
			List<String> arguments = new ArrayList<>(List.of(FORWARDING));
			// every start keeps its secrets and checkpoints where fleet join and restore
			// look
			arguments.addAll(List.of("--cloakroom.secrets.dir=" + secrets(),
					"--cloakroom.audit.checkpoint-dir=" + data().resolve("checkpoints"),
					"--cloakroom.backup.enabled=true", "--cloakroom.backup.directory=" + backups()));
			return arguments.toArray(String[]::new);
		}

		/** Started as a kiosk whose forwarding will stop: its health is not UP. */
		void startForked() throws IOException {
			this.kiosk = ForkedKiosk.startAnswering(this.home, arguments());
		}

		Connection owner() throws SQLException, IOException {
			return DriverManager.getConnection("jdbc:h2:file:" + data().resolve("cloakroom") + ";ACCESS_MODE_DATA=r",
					"sa", Files.readString(secrets().resolve("database-owner.password")).strip());
		}

		@Override
		public void close() throws InterruptedException {
			if (this.kiosk != null) {
				this.kiosk.close();
			}
			this.link.close();
		}

	}

}
