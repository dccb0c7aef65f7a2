package org.cloakroom.kiosk.audit;

import org.cloakroom.kiosk.MigrationLocations;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.cloakroom.kiosk.CsvRows;
import org.flywaydb.core.Flyway;
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

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * {@link AuditSearch} over a log of 1,000,000 entries (written straight into the H2 file
 * in batches, with their references: 100 employees of 10,000 entries each, 24 lockers, a
 * third of the entries {@code PhonesStored}, one in fifty an alert), as the kiosk's heap
 * allows ({@code -Xmx256m}). The database is written once into
 * {@code target/bench-audit-search-1m} and reused by every benchmark's fork. Sampled, so
 * JMH reports p95:
 * <ul>
 * <li>{@code firstPage} / {@code page1000}: an employee's PhonesStored entries, and all
 * PhonesStored entries 50,000 deep (page 1,000 of 50), 50 a page;</li>
 * <li>{@code employeeTimeline}: all 10,000 entries of one employee, paged by 500;</li>
 * <li>{@code exportCsv}: the whole log as CSV to nowhere, with the peak heap printed.</li>
 * </ul>
 * Run:
 * {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="AuditSearchBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx256m", "-XX:+UseSerialGC" })
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class AuditSearchBenchmark {

	static final int ENTRIES = 1_000_000;

	static final int EMPLOYEES = 100;

	/**
	 * Kept between the benchmarks' forks (each would write the million again): written
	 * once, then reused while its marker says it is complete.
	 */
	private static final Path DIR = Path.of("target", "bench-audit-search-1m");

	private HikariDataSource dataSource;

	private AuditSearch search;

	/**
	 * Cursors 50,000 PhonesStored entries deep (page 1,000 of 50), a hundred of them: each
	 * call asks another question, so that H2 cannot hand back the result of the last one.
	 */
	private long[] page1000Cursors;

	/** Each employee's PhonesStored, asked in turn for the same reason. */
	private final AuditFilter[] employeeStored = new AuditFilter[EMPLOYEES];

	private int turn;

	private final AuditFilter stored = new AuditFilter(null, null, Set.of("PhonesStored"), null, null, null, null,
			null, null, null);

	@Setup(Level.Trial)
	public void fill() throws IOException, SQLException {
		boolean written = Files.exists(DIR.resolve("complete"));
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl("jdbc:h2:file:" + DIR.toAbsolutePath().resolve("cloakroom")
				+ ";WRITE_DELAY=0;TRACE_LEVEL_FILE=4");
		this.dataSource.setUsername("sa");
		this.dataSource.setPassword("");
		if (!written) {
			FileSystemUtils.deleteRecursively(DIR);
			Flyway.configure().dataSource(this.dataSource).locations(MigrationLocations.of(MigrationLocations.H2)).load().migrate();
			long started = System.nanoTime();
			write();
			Files.writeString(DIR.resolve("complete"), "1000000 entries\n");
			System.out.printf("%n%d entries and their references written in %d s%n", ENTRIES,
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
		}
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		this.search = new AuditSearch(jdbc, new AuditEventTypes(),
				new AuditSearchProperties("kiosk", List.of("StorageAbandoned")), new StaticListableBeanFactory().getBeanProvider(CentralLog.class));
		this.page1000Cursors = jdbc
			.sql("SELECT sequence FROM audit_event WHERE type = 'PhonesStored' ORDER BY sequence DESC"
					+ " OFFSET 49999 ROWS FETCH NEXT " + EMPLOYEES + " ROWS ONLY")
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		for (int i = 0; i < EMPLOYEES; i++) {
			this.employeeStored[i] = new AuditFilter(null, null, Set.of("PhonesStored"), null, Set.of(50_000L + i),
					null, null, null, null, null);
		}
	}

	@TearDown(Level.Trial)
	public void close() throws IOException {
		System.out.printf("%npeak heap used (all pools, MB): %d%n", peakHeap() >> 20);
		this.dataSource.close();
	}

	@Benchmark
	public AuditPage firstPage() {
		return expect(this.search.search(this.employeeStored[next()], null, 50), 50);
	}

	@Benchmark
	public AuditPage page1000() {
		return expect(this.search.search(this.stored, this.page1000Cursors[next()], 50), 50);
	}

	private int next() {
		this.turn = (this.turn + 1) % EMPLOYEES;
		return this.turn;
	}

	@Benchmark
	public long employeeTimeline() {
		long read = 0;
		Long before = null;
		do {
			AuditPage page = this.search.aboutEmployee(50_042, before, AuditSearch.MAX_LIMIT);
			read += page.entries().size();
			before = page.next();
		}
		while (before != null);
		if (read != ENTRIES / EMPLOYEES) {
			throw new IllegalStateException("Expected " + ENTRIES / EMPLOYEES + " entries, read " + read);
		}
		return read;
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@Warmup(iterations = 0)
	@Measurement(iterations = 3)
	public long exportCsv() {
		resetPeaks();
		long[] bytes = { 0 };
		long exported = this.search.export(AuditFilter.none(),
				(entry) -> bytes[0] += CsvRows.write(List.of(List.of(Long.toString(entry.sequence()),
						entry.at().toString(), entry.type(), entry.subject(), Boolean.toString(entry.alert()),
						entry.details(), entry.previousHash(), entry.hash(), String.valueOf(entry.keyId()))))
					.length());
		System.out.printf("%nexported %d entries, %d MB of CSV; peak heap used during the export: %d MB%n", exported,
				bytes[0] >> 20, peakHeap() >> 20);
		return bytes[0];
	}

	private static AuditPage expect(AuditPage page, int size) {
		if (page.entries().size() != size) {
			throw new IllegalStateException("Expected a page of " + size + ", was " + page.entries().size());
		}
		return page;
	}

	private void write() throws SQLException {
		Instant at = Instant.parse("2026-11-22T08:00:00Z");
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO audit_event (sequence, recorded_at, type, subject, alert, details, previous_hash,"
								+ " hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement reference = connection
					.prepareStatement("INSERT INTO audit_reference (reference, sequence) VALUES (?, ?)")) {
			connection.setAutoCommit(false);
			for (long sequence = 1; sequence <= ENTRIES; sequence++) {
				long employee = 50_000 + sequence % EMPLOYEES;
				long locker = 1 + sequence % 24;
				String type = (sequence % 3 == 0) ? "PhonesStored" : "LockerDoorClosed";
				insert.setLong(1, sequence);
				insert.setObject(2, OffsetDateTime.ofInstant(at.plusMillis(sequence * 250), ZoneOffset.UTC));
				insert.setString(3, type);
				insert.setString(4, "employee:" + employee);
				insert.setBoolean(5, sequence % 50 == 0);
				insert.setString(6, "{\"at\":\"" + at.plusMillis(sequence * 250) + "\",\"employeeId\":" + employee
						+ ",\"lockerId\":" + locker + ",\"phoneIds\":[" + (employee + 100_000) + "]}");
				insert.setString(7, "0".repeat(64));
				insert.setString(8, "0".repeat(64));
				insert.setString(9, null);
				insert.addBatch();
				for (String named : List.of("employee:" + employee, "locker:" + locker, "phone:" + (employee + 100_000))) {
					reference.setString(1, named);
					reference.setLong(2, sequence);
					reference.addBatch();
				}
				if (sequence % 10_000 == 0) {
					insert.executeBatch();
					reference.executeBatch();
					connection.commit();
				}
			}
			try (PreparedStatement head = connection
				.prepareStatement("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ?")) {
				head.setLong(1, ENTRIES);
				head.setString(2, "0".repeat(64));
				head.executeUpdate();
			}
			connection.commit();
		}
	}

	private static void resetPeaks() {
		System.gc();
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

}
