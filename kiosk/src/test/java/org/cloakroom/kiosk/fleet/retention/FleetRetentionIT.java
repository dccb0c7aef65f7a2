package org.cloakroom.kiosk.fleet.retention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.cloakroom.kiosk.MigrationLocations;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.PostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention on PostgreSQL: months of {@code fleet_event} (partitions January to April
 * 2026 and a DEFAULT one, kiosks 1 and 2) archived to files and dropped, on a clock in
 * mid-March 2026. Each test has a database of its own, migrated by Flyway.
 */
class FleetRetentionIT {

	private static final Instant MID_MARCH = Instant.parse("2026-03-15T10:00:00Z");

	private final MutableClock clock = new MutableClock(MID_MARCH);

	private final List<Published> published = new ArrayList<>();

	@TempDir
	Path archives;

	private DataSource dataSource;

	private JdbcClient jdbc;

	private TransactionTemplate transactions;

	@BeforeEach
	void centralDatabase() {
		PostgresServer.Database database = PostgresServer.database();
		this.dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
		Flyway.configure()
			.dataSource(this.dataSource)
			.locations(MigrationLocations.of(MigrationLocations.POSTGRESQL))
			.load()
			.migrate();
		this.jdbc = JdbcClient.create(this.dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		FleetEventPartitions.create(this.jdbc, "2026-01", "2026-02", "2026-03", "2026-04");
		// inserted out of order: the archive is in (kiosk, sequence) order all the same
		insert(2, 1, "2026-01-03T08:00:00Z", "CheckInStarted");
		insert(1, 2, "2026-01-05T09:30:00.123Z", "PhonesStored");
		insert(1, 1, "2026-01-05T09:29:00Z", "CheckInStarted");
		insert(2, 2, "2026-01-31T23:59:59.999Z", "PhonesCollected");
		insert(1, 3, "2026-02-02T07:00:00Z", "PhonesCollected");
		insert(1, 4, "2026-03-01T00:00:00Z", "CheckInStarted");
		insert(2, 3, "2026-04-01T00:00:00Z", "CheckInStarted");
		// a kiosk whose clock was years behind: caught by the DEFAULT partition
		insert(3, 1, "2019-06-01T12:00:00Z", "CheckInStarted");
	}

	@Test
	void archivesAMonthOlderThanTheRetentionThenDropsItsPartition() throws IOException {
		List<FleetPartitionArchived> archived = retention(Duration.ofDays(30)).archiveOldMonths();

		assertThat(archived).singleElement().satisfies((january) -> {
			assertThat(january.partition()).isEqualTo("fleet_event_2026_01");
			assertThat(january.from()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
			assertThat(january.to()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
			assertThat(january.entries()).isEqualTo(4);
			assertThat(january.file()).isEqualTo(this.archives.resolve("fleet_event_2026_01.jsonl.gz").toString());
			assertThat(january.fileSha256()).isEqualTo(sha256(Path.of(january.file())));
			assertThat(january.subject().text()).isEqualTo("fleet-partition:fleet_event_2026_01");
		});
		assertThat(partitionExists("fleet_event_2026_01")).isFalse();
		assertThat(counts()).containsExactlyInAnyOrderEntriesOf(
				Map.of("fleet_event_2026_02", 1L, "fleet_event_2026_03", 1L, "fleet_event_2026_04", 1L, "DEFAULT", 1L));
		assertThat(this.published).singleElement().satisfies((event) -> {
			assertThat(event.event()).isEqualTo(archived.get(0));
			assertThat(event.inTransaction()).as("audited in the transaction that drops the partition").isTrue();
		});
		assertThat(this.jdbc.sql("SELECT partition_name, from_at, to_at, file, sha256, entries FROM fleet_archive")
			.query((rs, row) -> new FleetPartitionArchived(rs.getString("partition_name"),
					rs.getObject("from_at", OffsetDateTime.class).toInstant(),
					rs.getObject("to_at", OffsetDateTime.class).toInstant(), rs.getLong("entries"),
					rs.getString("file"), rs.getString("sha256")))
			.list()).containsExactly(archived.get(0));
	}

	@Test
	void theArchiveHoldsAHeaderThenEveryEntryInKioskAndSequenceOrder() throws IOException {
		FleetPartitionArchived january = retention(Duration.ofDays(30)).archiveOldMonths().get(0);

		List<JsonNode> lines = lines(Path.of(january.file()));

		assertThat(lines.get(0).toString()).isEqualTo("{\"archive\":1,\"table\":\"fleet_event\","
				+ "\"partition\":\"fleet_event_2026_01\",\"from\":\"2026-01-01T00:00:00Z\","
				+ "\"to\":\"2026-02-01T00:00:00Z\",\"entries\":4}");
		assertThat(lines.subList(1, lines.size()))
			.extracting((line) -> line.get("kiosk").asLong() + "/" + line.get("sequence").asLong() + " "
					+ line.get("recordedAt").asString() + " " + line.get("type").asString())
			.containsExactly("1/1 2026-01-05T09:29:00Z CheckInStarted", "1/2 2026-01-05T09:30:00.123Z PhonesStored",
					"2/1 2026-01-03T08:00:00Z CheckInStarted", "2/2 2026-01-31T23:59:59.999Z PhonesCollected");
		JsonNode stored = lines.get(2);
		assertThat(stored.get("subject").asString()).isEqualTo("employee:1");
		assertThat(stored.get("alert").asBoolean()).isFalse();
		assertThat(stored.get("details").asString()).isEqualTo("{\"employeeId\":1,\"sequence\":2}");
		assertThat(stored.get("previousHash").asString()).isEqualTo(hash(1, 1));
		assertThat(stored.get("hash").asString()).isEqualTo(hash(1, 2));
		assertThat(stored.get("keyId").asString()).isEqualTo("0123456789abcdef");
		assertThat(stored.get("receivedAt").asString()).isEqualTo("2026-03-14T00:00:00Z");
	}

	@Test
	void keepsAPartitionWhoseArchiveCannotBeWritten() throws IOException {
		// February's archive cannot take its name: a directory holds it
		Files.createDirectories(this.archives.resolve("fleet_event_2026_02.jsonl.gz").resolve("in-the-way"));
		this.clock.set(Instant.parse("2026-04-20T10:00:00Z"));

		List<FleetPartitionArchived> archived = retention(Duration.ofDays(30)).archiveOldMonths();

		assertThat(archived).extracting(FleetPartitionArchived::partition).containsExactly("fleet_event_2026_01");
		assertThat(partitionExists("fleet_event_2026_02")).isTrue();
		assertThat(counts()).containsEntry("fleet_event_2026_02", 1L);
		assertThat(this.published).extracting((event) -> event.event().partition())
			.containsExactly("fleet_event_2026_01");
		assertThat(this.jdbc.sql("SELECT partition_name FROM fleet_archive").query(String.class).list())
			.containsExactly("fleet_event_2026_01");
		try (var left = Files.list(this.archives)) {
			assertThat(left.map((file) -> file.getFileName().toString())).as("no temporary file left behind")
				.containsExactlyInAnyOrder("fleet_event_2026_01.jsonl.gz", "fleet_event_2026_02.jsonl.gz");
		}
	}

	@Test
	void neverTouchesTheCurrentMonthNorTheDefaultPartitionWhateverTheRetention() {
		List<FleetPartitionArchived> archived = retention(Duration.ofMillis(1)).archiveOldMonths();

		assertThat(archived).extracting(FleetPartitionArchived::partition)
			.containsExactly("fleet_event_2026_01", "fleet_event_2026_02");
		assertThat(counts()).containsExactlyInAnyOrderEntriesOf(
				Map.of("fleet_event_2026_03", 1L, "fleet_event_2026_04", 1L, "DEFAULT", 1L));
	}

	@Test
	void archivesNothingOnASecondRunTheSameDay() {
		FleetRetention retention = retention(Duration.ofDays(30));
		retention.archiveOldMonths();

		assertThat(retention.archiveOldMonths()).isEmpty();
		assertThat(this.published).hasSize(1);
	}

	private FleetRetention retention(Duration retention) {
		return new FleetRetention(new PartitionTable(this.jdbc, this.dataSource),
				new FleetRetentionProperties(retention, this.archives), this.clock,
				(event) -> this.published.add(new Published((FleetPartitionArchived) event,
						TransactionSynchronizationManager.isActualTransactionActive())),
				this.transactions);
	}

	private void insert(long kiosk, long sequence, String recordedAt, String type) {
		this.jdbc
			.sql("INSERT INTO fleet_event (kiosk_id, sequence, recorded_at, type, subject, alert, details,"
					+ " previous_hash, hash, key_id, received_at) VALUES (?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?)")
			.params(kiosk, sequence, Instant.parse(recordedAt).atOffset(ZoneOffset.UTC), type, "employee:" + kiosk,
					"{\"employeeId\":" + kiosk + ",\"sequence\":" + sequence + "}", hash(kiosk, sequence - 1),
					hash(kiosk, sequence), "0123456789abcdef",
					Instant.parse("2026-03-14T00:00:00Z").atOffset(ZoneOffset.UTC))
			.update();
	}

	private static String hash(long kiosk, long sequence) {
		return String.format("%032x%032x", kiosk, sequence);
	}

	private boolean partitionExists(String name) {
		return this.jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param(name).query(Boolean.class).single();
	}

	/**
	 * Entries in each partition of {@code fleet_event} that holds any, the DEFAULT one
	 * (whatever its name) as {@code DEFAULT}.
	 */
	private Map<String, Long> counts() {
		String defaultPartition = this.jdbc
			.sql("SELECT partdefid::regclass::text FROM pg_partitioned_table WHERE partrelid = 'fleet_event'::regclass")
			.query(String.class)
			.single();
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql("SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'fleet_event'::regclass")
			.query(String.class)
			.list()
			.forEach((partition) -> {
				long entries = this.jdbc.sql("SELECT COUNT(*) FROM " + partition).query(Long.class).single();
				if (entries > 0) {
					counts.put(partition.equals(defaultPartition) ? "DEFAULT" : partition, entries);
				}
			});
		return counts;
	}

	private static List<JsonNode> lines(Path file) throws IOException {
		List<JsonNode> lines = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				lines.add(JsonMapper.shared().readTree(line));
			}
		}
		return lines;
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Published(FleetPartitionArchived event, boolean inTransaction) {
	}

}
