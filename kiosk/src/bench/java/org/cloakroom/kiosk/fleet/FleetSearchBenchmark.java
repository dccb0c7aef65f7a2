package org.cloakroom.kiosk.fleet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * (generate_series, not HTTP), with the consoles' V28 indexes, asked as the consoles'
 * search asks ({@link FleetSearchQueries}). Sampled, so JMH reports p95. Each call asks another
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
		OffsetDateTime from = day(turn * 37L % (SPAN_DAYS - 7));
		return page(FleetSearchQueries.KIOSK_WINDOW, 1L + turn % 50, from, from.plus(Duration.ofDays(7)));
	}

	@Benchmark
	public int siteTypeMonth() throws SQLException {
		int turn = next();
		OffsetDateTime from = day(turn * 41L % (SPAN_DAYS - 30));
		List<Long> kiosks = siteKiosks((turn % 2 == 0) ? "HQ" : "Annex");
		List<Object> parameters = new ArrayList<>(kiosks);
		parameters.addAll(List.of(from, from.plus(Duration.ofDays(30)), TYPES[turn % TYPES.length]));
		return page(FleetSearchQueries.kiosksTypeWindow(kiosks.size()), parameters.toArray());
	}

	@Benchmark
	public int textBadge() throws SQLException {
		return page(FleetSearchQueries.TEXT, like(String.format("B%06d", 1 + next() * 7 % 2000)));
	}

	@Benchmark
	public int textBadgeMonth() throws SQLException {
		int turn = next();
		OffsetDateTime from = day(turn * 43L % (SPAN_DAYS - 30));
		return page(FleetSearchQueries.TEXT_WINDOW, like(String.format("B%06d", 1 + turn * 7 % 2000)), from,
				from.plus(Duration.ofDays(30)));
	}

	@Benchmark
	public int textCommon() throws SQLException {
		String[] phrases = { "WeChat", "held open", "declared at the door", "end of shift" };
		return page(FleetSearchQueries.TEXT, like(phrases[next() % phrases.length]));
	}

	@Benchmark
	public int newestPage() throws SQLException {
		next();
		return page(FleetSearchQueries.NEWEST);
	}

	/** The search's pattern: lower case, between %, as the consoles' search writes it. */
	private static String like(String text) {
		return "%" + text.toLowerCase(Locale.ROOT) + "%";
	}

	/** The site's kiosks, as the search resolves a site before it reads entries. */
	private List<Long> siteKiosks(String site) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(FleetSearchQueries.SITE_KIOSKS)) {
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

	private static OffsetDateTime day(long days) {
		return FIRST.plus(Duration.ofDays(days)).atOffset(ZoneOffset.UTC);
	}

	/** Runs the query and reads every row, as the page would; how many rows. */
	private int page(String sql, Object... parameters) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
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
				throw new IllegalStateException("No entries for " + sql + ": is the database loaded?");
			}
			return rows;
		}
	}

}
