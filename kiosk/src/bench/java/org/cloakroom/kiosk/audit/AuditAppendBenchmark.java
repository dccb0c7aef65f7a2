package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appends to the keyed chain through {@link AuditRecorder}, on an H2 file with
 * {@code WRITE_DELAY=0} as the kiosk runs it: each operation is one event. One event per
 * transaction (what every caller does today), and 100 events per transaction (what
 * grouping would give). Figures in ops/s = events/s.
 * <p>
 * Run: {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="AuditAppendBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AuditAppendBenchmark {

	private BenchDatabase database;

	private int n;

	@Setup(Level.Trial)
	public void open() throws IOException {
		this.database = new BenchDatabase();
	}

	@TearDown(Level.Trial)
	public void close() throws IOException {
		this.database.close();
	}

	@Benchmark
	public void oneEventPerTransaction() {
		this.database.transactions.executeWithoutResult((status) -> append());
	}

	@Benchmark
	@OperationsPerInvocation(100)
	public void hundredEventsPerTransaction() {
		this.database.transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < 100; i++) {
				append();
			}
		});
	}

	/** The keyed hash alone (canonical lines and HMAC-SHA-256), what keying adds. */
	@Benchmark
	public String keyedHashOnly() {
		return CanonicalForm.hash(this.database.keys.chainKey(), this.n++, java.time.Instant.EPOCH, "BenchmarkEvent",
				"locker:7", false, "{\"locker\":7,\"note\":\"locker door closed after storing phone 1\"}",
				CanonicalForm.GENESIS_HASH);
	}

	/** The plain SHA-256 of the same lines, as before keying. */
	@Benchmark
	public String plainHashOnly() {
		return CanonicalForm.plainHash(this.n++, java.time.Instant.EPOCH, "BenchmarkEvent", "locker:7", false,
				"{\"locker\":7,\"note\":\"locker door closed after storing phone 1\"}", CanonicalForm.GENESIS_HASH);
	}

	private void append() {
		int i = this.n++;
		this.database.recorder
			.record(new BenchDatabase.BenchmarkEvent(i % 24, "locker door closed after storing phone " + i));
	}

}
