package org.cloakroom.kiosk.fleet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;

/**
 * The database's side of central ingest, without HTTP: {@code kiosks} concurrent clients,
 * each appending its own chain (real keyed hashes, built before the clock starts) in
 * batches of 1,000 with the statements the ingest runs per batch, in one transaction each:
 * the kiosk's {@code fleet_chain} row locked and its head checked, one multi-row INSERT
 * into {@code fleet_event} (partitioned by month, with the consoles' five search indexes),
 * the head moved and the kiosk's last contact written; commits durable
 * ({@code synchronous_commit} on). It measures what PostgreSQL takes on this machine, a
 * ceiling for {@link FleetIngestLoad} through HTTP. Its tables live in a schema of their
 * own, {@code ingest_probe}, made afresh each run.
 * <p>
 * Run: {@code java ... FleetIngestProbe URL KIOSKS ENTRIES_PER_KIOSK} (BENCHMARKS.md,
 * "Central (issue 17)").
 */
public final class FleetIngestProbe {

	private static final int BATCH = 1000;

	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private FleetIngestProbe() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int kiosks = Integer.parseInt(args[1]);
		int entries = Integer.parseInt(args[2]);
		try (Connection connection = connect(url)) {
			schema(connection, kiosks);
		}
		List<List<ForwardedEntry>> chains = new ArrayList<>();
		for (int i = 0; i < kiosks; i++) {
			chains.add(FleetIngestLoad.chain(entries));
		}
		ExecutorService threads = Executors.newFixedThreadPool(kiosks);
		long started = System.nanoTime();
		List<Future<Integer>> done = new ArrayList<>();
		for (int i = 0; i < kiosks; i++) {
			long kiosk = i + 1;
			List<ForwardedEntry> chain = chains.get(i);
			done.add(threads.submit(() -> append(url, kiosk, chain)));
		}
		long total = 0;
		for (Future<Integer> each : done) {
			total += each.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		threads.shutdown();
		System.out.printf("%d entries from %d kiosks in batches of %d in %.1f s: %.0f entries/s%n", total, kiosks,
				BATCH, seconds, total / seconds);
	}

	private static Connection connect(String url) throws SQLException {
		Connection connection = DriverManager.getConnection(url, System.getProperty("bench.fleet.user", "cloakroom"),
				System.getProperty("bench.fleet.password", "cloakroom"));
		connection.createStatement().execute("SET search_path = ingest_probe");
		return connection;
	}

	private static void schema(Connection connection, int kiosks) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			sql.execute("DROP SCHEMA IF EXISTS ingest_probe CASCADE");
			sql.execute("CREATE SCHEMA ingest_probe");
			sql.execute("SET search_path = ingest_probe");
			sql.execute("CREATE TABLE fleet_kiosk (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE,"
					+ " last_contact_at TIMESTAMP WITH TIME ZONE, reported_sequence BIGINT)");
			sql.execute("CREATE TABLE fleet_chain (kiosk_id BIGINT PRIMARY KEY REFERENCES fleet_kiosk (id),"
					+ " head_sequence BIGINT NOT NULL, head_hash CHAR(64), forked_at BIGINT,"
					+ " updated_at TIMESTAMP WITH TIME ZONE NOT NULL)");
			sql.execute("CREATE TABLE fleet_event (kiosk_id BIGINT NOT NULL, sequence BIGINT NOT NULL,"
					+ " recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, type VARCHAR(120) NOT NULL,"
					+ " subject VARCHAR(200) NOT NULL, alert BOOLEAN NOT NULL, details TEXT NOT NULL,"
					+ " previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL, key_id CHAR(16),"
					+ " received_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (kiosk_id, sequence, recorded_at))"
					+ " PARTITION BY RANGE (recorded_at)");
			sql.execute("CREATE TABLE fleet_event_default PARTITION OF fleet_event DEFAULT");
			sql.execute("CREATE TABLE fleet_event_this_month PARTITION OF fleet_event FOR VALUES FROM"
					+ " (date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') TO"
					+ " ((date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC')");
			sql.execute("CREATE INDEX ON fleet_event (recorded_at, kiosk_id, sequence)");
			sql.execute("CREATE INDEX ON fleet_event (kiosk_id, recorded_at, sequence)");
			sql.execute("CREATE INDEX ON fleet_event (type, recorded_at, kiosk_id, sequence)");
			sql.execute("CREATE INDEX ON fleet_event (subject, recorded_at, kiosk_id, sequence)");
			sql.execute("CREATE INDEX ON fleet_event (alert, recorded_at, kiosk_id, sequence)");
			for (int kiosk = 1; kiosk <= kiosks; kiosk++) {
				sql.execute("INSERT INTO fleet_kiosk (id, name) VALUES (" + kiosk + ", 'probe-" + kiosk + "')");
				sql.execute("INSERT INTO fleet_chain (kiosk_id, head_sequence, updated_at) VALUES (" + kiosk
						+ ", 0, now())");
			}
		}
	}

	/** Appends the kiosk's chain batch by batch; the entries appended. */
	private static int append(String url, long kiosk, List<ForwardedEntry> chain) throws SQLException {
		String insert = "INSERT INTO fleet_event (kiosk_id, sequence, recorded_at, type, subject, alert, details,"
				+ " previous_hash, hash, key_id, received_at) VALUES " + String.join(", ", Collections.nCopies(BATCH, ROW));
		int appended = 0;
		try (Connection connection = connect(url);
				PreparedStatement lock = connection
					.prepareStatement("SELECT head_sequence, head_hash FROM fleet_chain WHERE kiosk_id = ? FOR UPDATE");
				PreparedStatement rows = connection.prepareStatement(insert);
				PreparedStatement head = connection.prepareStatement(
						"UPDATE fleet_chain SET head_sequence = ?, head_hash = ?, updated_at = ? WHERE kiosk_id = ?");
				PreparedStatement contact = connection.prepareStatement(
						"UPDATE fleet_kiosk SET last_contact_at = ?, reported_sequence = ? WHERE id = ?")) {
			connection.setAutoCommit(false);
			for (int from = 0; from + BATCH <= chain.size(); from += BATCH) {
				List<ForwardedEntry> batch = chain.subList(from, from + BATCH);
				lock.setLong(1, kiosk);
				try (ResultSet current = lock.executeQuery()) {
					current.next();
					if (current.getLong(1) != batch.get(0).sequence() - 1) {
						throw new IllegalStateException("kiosk " + kiosk + " head " + current.getLong(1));
					}
				}
				var now = Instant.now().atOffset(ZoneOffset.UTC);
				int p = 1;
				for (ForwardedEntry entry : batch) {
					rows.setLong(p++, kiosk);
					rows.setLong(p++, entry.sequence());
					rows.setObject(p++, entry.recordedAt().atOffset(ZoneOffset.UTC));
					rows.setString(p++, entry.type());
					rows.setString(p++, entry.subject());
					rows.setBoolean(p++, entry.alert());
					rows.setString(p++, entry.details());
					rows.setString(p++, entry.previousHash());
					rows.setString(p++, entry.hash());
					rows.setString(p++, entry.keyId());
					rows.setObject(p++, now);
				}
				rows.executeUpdate();
				ForwardedEntry last = batch.get(batch.size() - 1);
				head.setLong(1, last.sequence());
				head.setString(2, last.hash());
				head.setObject(3, now);
				head.setLong(4, kiosk);
				head.executeUpdate();
				contact.setObject(1, now);
				contact.setLong(2, chain.size());
				contact.setLong(3, kiosk);
				contact.executeUpdate();
				connection.commit();
				appended += batch.size();
			}
		}
		return appended;
	}

}
