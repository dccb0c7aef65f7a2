package org.cloakroom.kiosk;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search exported whole from a log of 1,000,000 entries by a kiosk with a heap of 128
 * MB, in a JVM of its own: the export completes, every entry once and in order, and no
 * {@link OutOfMemoryError} appears. The entries are written into the database between a
 * first start (which creates it) and the second, in batches, as the benchmarks write
 * them.
 */
class SmallHeapExportIT {

	private static final int ENTRIES = 1_000_000;

	/** After every entry written (250 ms apart) and before any the kiosks record. */
	private static final Instant WRITTEN_UNTIL = Instant.parse("2026-11-26T00:00:00Z");

	private static final String OWNER_PASSWORD = "owner-test-secret";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void exportsAMillionEntriesAsCsvAndJsonWithinAHeapOf128Megabytes(@TempDir Path dir) throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0";
		String[] arguments = { "--spring.datasource.url=" + url, "--spring.flyway.password=" + OWNER_PASSWORD,
				"--cloakroom.scheduling.enabled=false" };
		try (ForkedKiosk created = ForkedKiosk.start(dir, arguments)) {
			assertThat(created.healthUp()).isTrue();
		}
		long first = writeEntries(url);

		try (ForkedKiosk kiosk = ForkedKiosk.startWithHeap(dir, "128m", arguments)) {
			long csv = lines(kiosk, "csv", first);
			long json = lines(kiosk, "json", first);

			assertThat(csv).isEqualTo(ENTRIES);
			assertThat(json).isEqualTo(ENTRIES);
			assertThat(kiosk.healthUp()).isTrue();
			assertThat(Files.readString(kiosk.log())).doesNotContain("OutOfMemoryError");
		}
	}

	/**
	 * Reads the export line by line as it arrives, checking that the entries written come
	 * in order; how many there were.
	 */
	private static long lines(ForkedKiosk kiosk, String format, long first) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(kiosk.base().resolve("/api/v1/audit/export?format=" + format + "&to=" + WRITTEN_UNTIL))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("admin:" + SignedIn.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build();
		HttpResponse<InputStream> response = HTTP.send(request, BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		long count = 0;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String line = reader.readLine();
			if ("csv".equals(format)) {
				assertThat(line).startsWith("sequence,recorded_at,type");
				line = reader.readLine();
			}
			for (; line != null; line = reader.readLine()) {
				String expected = (("csv".equals(format)) ? "" : "{\"sequence\":") + (first + count) + ",";
				if (!line.startsWith(expected)) {
					throw new AssertionError("line " + count + " of the " + format + " export is not entry "
							+ (first + count) + ": " + line);
				}
				count++;
			}
		}
		return count;
	}

	/** The entries, as the owner, 10,000 to a commit; the first one's sequence. */
	private static long writeEntries(String url) throws SQLException {
		try (Connection owner = DriverManager.getConnection(url, "sa", OWNER_PASSWORD)) {
			owner.setAutoCommit(false);
			long first;
			try (Statement statement = owner.createStatement();
					ResultSet head = statement.executeQuery("SELECT last_sequence FROM audit_chain_head")) {
				head.next();
				first = head.getLong(1) + 1;
			}
			Instant at = Instant.parse("2026-11-22T08:00:00Z");
			try (PreparedStatement insert = owner.prepareStatement("INSERT INTO audit_event (sequence, recorded_at,"
					+ " type, subject, alert, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (long sequence = first; sequence < first + ENTRIES; sequence++) {
					insert.setLong(1, sequence);
					insert.setObject(2, OffsetDateTime.ofInstant(at.plusMillis(sequence * 250), ZoneOffset.UTC));
					insert.setString(3, "LockerDoorClosed");
					insert.setString(4, "locker:" + (1 + sequence % 24));
					insert.setBoolean(5, false);
					insert.setString(6, "{\"at\":\"" + at.plusMillis(sequence * 250) + "\",\"lockerId\":"
							+ (1 + sequence % 24) + ",\"state\":\"STORED\"}");
					insert.setString(7, "0".repeat(64));
					insert.setString(8, "0".repeat(64));
					insert.addBatch();
					if (sequence % 10_000 == 0) {
						insert.executeBatch();
						owner.commit();
					}
				}
				insert.executeBatch();
			}
			try (PreparedStatement head = owner
				.prepareStatement("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ?")) {
				head.setLong(1, first + ENTRIES - 1);
				head.setString(2, "0".repeat(64));
				head.executeUpdate();
			}
			owner.commit();
			return first;
		}
	}

}
