package org.cloakroom.kiosk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
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
 * The officer's filtered search over 10,000,000 central entries (50 kiosks on 2 sites,
 * 13 months), on PostgreSQL loaded by {@code kiosk/src/bench/fleet-search-load.sql}
 * (generate_series, not HTTP), with the consoles' V28 indexes and V31's trigram index, asked
 * by the consoles' own query builder ({@link SearchQuery#central}, as {@link AuditSearch}
 * asks it: a page of 50 reads 51 rows; a site resolved to its kiosks' ids first). Sampled, so JMH reports p95. Each call asks another
 * question (the next kiosk, window, type or badge in turn), so no answer is the last
 * one's:
 * <ul>
 * <li>{@code kioskWeek}: one kiosk, a 7-day window somewhere in the 13 months;</li>
 * <li>{@code siteTypeMonth}: one site's entries of one type in a 30-day window;</li>
 * <li>{@code textBadge}: a badge number anywhere in the details (5,000 entries each, over
 * the 13 months);</li>
 * <li>{@code textBadgeMonth}: the same within a 30-day window (about 380 entries);</li>
 * <li>{@code textCommon}: a phrase in one entry of eight;</li>
 * <li>{@code newestPage}: the newest 50 of all.</li>
 * </ul>
 * Run, with the database started and loaded (BENCHMARKS.md, "Central (issue 17)"):
 * {@code mvn -B -Pbench -pl kiosk -DskipTests verify -Dbench.args="FleetSearchBenchmark"}
 * ({@code -Dbench.fleet.url=jdbc:postgresql://...} for another database).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx256m")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class FleetSearchBenchmark {

	static final String URL = System.getProperty("bench.fleet.url", "jdbc:postgresql://127.0.0.1:55432/cloakroom");

	private static final Instant FIRST = Instant.parse("2025-11-07T00:00:00Z");

	private static final long SPAN_DAYS = 390;

	private static final int PAGE = 50;

	private static final String[] TYPES = { "CheckInStarted", "PhonesStored", "PhonesCollected", "LockerOpened",
			"LockerClosed", "EntryGranted", "PhoneZoneChanged", "ViolationDetected", "DoorHeldOpen",
			"UnknownBadgeRead" };

	private HikariDataSource dataSource;

	private int turn;

	@Setup(Level.Trial)
	public void connect() {
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl(URL);
		this.dataSource.setUsername(System.getProperty("bench.fleet.user", "cloakroom"));
		this.dataSource.setPassword(System.getProperty("bench.fleet.password", "cloakroom"));
		this.dataSource.setMaximumPoolSize(2);
	}

	@TearDown(Level.Trial)
	public void close() {
		this.dataSource.close();
	}

	@Benchmark
	public int kioskWeek() throws SQLException {
		int turn = next();
		Instant from = day(turn * 37L % (SPAN_DAYS - 7));
		return page(filter(from, from.plus(Duration.ofDays(7)), null, null), Set.of(1L + turn % 50));
	}

	@Benchmark
	public int siteTypeMonth() throws SQLException {
		int turn = next();
		Instant from = day(turn * 41L % (SPAN_DAYS - 30));
		return page(filter(from, from.plus(Duration.ofDays(30)), TYPES[turn % TYPES.length], null),
				siteKiosks((turn % 2 == 0) ? "HQ" : "Annex"));
	}

	@Benchmark
	public int textBadge() throws SQLException {
		return page(filter(null, null, null, String.format("B%06d", 1 + next() * 7 % 2000)), null);
	}

	@Benchmark
	public int textBadgeMonth() throws SQLException {
		int turn = next();
		Instant from = day(turn * 43L % (SPAN_DAYS - 30));
		return page(filter(from, from.plus(Duration.ofDays(30)), null, String.format("B%06d", 1 + turn * 7 % 2000)),
				null);
	}

	@Benchmark
	public int textCommon() throws SQLException {
		String[] phrases = { "WeChat", "held open", "declared at the door", "end of shift" };
		return page(filter(null, null, null, phrases[next() % phrases.length]), null);
	}

	@Benchmark
	public int newestPage() throws SQLException {
		next();
		return page(AuditFilter.none(), null);
	}

	private static AuditFilter filter(Instant from, Instant to, String type, String text) {
		return new AuditFilter(from, to, (type != null) ? Set.of(type) : null, null, null, null, null, null, null,
				text, null);
	}

	/** The site's kiosks, as the search resolves a site before it reads entries. */
	private Set<Long> siteKiosks(String site) throws SQLException {
		Set<Long> ids = new LinkedHashSet<>();
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection
					.prepareStatement("SELECT id FROM fleet_kiosk WHERE site = ? ORDER BY id")) {
			statement.setString(1, site);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					ids.add(result.getLong(1));
				}
			}
		}
		return ids;
	}

	private int next() {
		return this.turn++;
	}

	private static Instant day(long days) {
		return FIRST.plus(Duration.ofDays(days));
	}

	/**
	 * The consoles' query for a page of 50, newest first, run and every row read, as the
	 * page would; how many rows.
	 */
	private int page(AuditFilter filter, Set<Long> kioskIds) throws SQLException {
		SearchQuery query = SearchQuery.central(filter, kioskIds, List.of(), null, null, false, PAGE + 1);
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(query.sql())) {
			Object[] parameters = query.params();
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			int rows = 0;
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					result.getString("details");
					rows++;
				}
			}
			if (rows == 0) {
				throw new IllegalStateException("No entries for " + query.sql() + ": is the database loaded?");
			}
			return rows;
		}
	}

}
