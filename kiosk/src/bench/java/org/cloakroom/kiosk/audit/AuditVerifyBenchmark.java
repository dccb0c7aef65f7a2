package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link AuditLog#verify()} of a log of 1,000,000 keyed entries (written straight into the
 * H2 file with correct HMACs, in batches) and a signed checkpoint at its head: the whole
 * walk, every HMAC, the checkpoint's signature and hash. Each operation is one whole
 * verification.
 * <p>
 * Run: {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="AuditVerifyBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class AuditVerifyBenchmark {

	static final int ENTRIES = 1_000_000;

	private BenchDatabase database;

	@Setup(Level.Trial)
	public void fill() throws IOException, SQLException {
		this.database = new BenchDatabase();
		long started = System.nanoTime();
		ChainKey key = this.database.keys.chainKey();
		Instant at = Instant.parse("2026-11-22T08:00:00Z");
		String previous = CanonicalForm.GENESIS_HASH;
		try (Connection connection = this.database.dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO audit_event (sequence, recorded_at, type, subject, alert, details, previous_hash,"
								+ " hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			connection.setAutoCommit(false);
			for (long sequence = 1; sequence <= ENTRIES; sequence++) {
				Instant when = at.plusMillis(sequence * 250);
				String subject = "locker:" + (sequence % 24);
				String details = "{\"locker\":" + (sequence % 24) + ",\"note\":\"locker door closed after storing phone "
						+ sequence + "\"}";
				String hash = CanonicalForm.hash(key, sequence, when, "BenchmarkEvent", subject, false, details,
						previous);
				insert.setLong(1, sequence);
				insert.setObject(2, OffsetDateTime.ofInstant(when, ZoneOffset.UTC));
				insert.setString(3, "BenchmarkEvent");
				insert.setString(4, subject);
				insert.setBoolean(5, false);
				insert.setString(6, details);
				insert.setString(7, previous);
				insert.setString(8, hash);
				insert.setString(9, key.id());
				insert.addBatch();
				previous = hash;
				if (sequence % 10_000 == 0) {
					insert.executeBatch();
					connection.commit();
				}
			}
			try (PreparedStatement head = connection
				.prepareStatement("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ?")) {
				head.setLong(1, ENTRIES);
				head.setString(2, previous);
				head.executeUpdate();
			}
			connection.commit();
		}
		this.database.checkpointer.sign().orElseThrow();
		System.out.printf("%n%d entries written in %d s%n", ENTRIES,
				TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
	}

	@TearDown(Level.Trial)
	public void close() throws IOException {
		this.database.close();
	}

	@Benchmark
	public ChainVerification verify() {
		ChainVerification verification = this.database.log.verify();
		if (!(verification instanceof ChainVerification.Intact intact) || intact.entriesChecked() != ENTRIES + 1
				|| intact.newestCheckpoint() == null) {
			throw new IllegalStateException("Expected an intact log of " + (ENTRIES + 1) + " entries with a checkpoint, was " + verification);
		}
		return verification;
	}

}
