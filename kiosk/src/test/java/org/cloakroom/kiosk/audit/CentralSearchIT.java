package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MigrationLocations;
import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.fleet.FleetEvents;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The central search on Debian's PostgreSQL, with {@code fleet_event} partitioned by
 * month as the ingest creates it there and V28's indexes on it: entries of 3 kiosks at 2
 * sites, each kiosk's at the same instants so that the order breaks ties by kiosk, across
 * a month's boundary (two partitions). The kiosk and site filters, time and type filters
 * combine; pages follow (recorded at, kiosk, sequence) whole, newest first and oldest
 * first, and stay where they were while newer entries arrive. Free text is found in any
 * case, and V31's trigram index can serve it.
 */
class CentralSearchIT {

	/**
	 * 2 minutes before a month ends: entries fall in November's and December's
	 * partitions.
	 */
	private static final Instant T = Instant.parse("2026-11-30T23:58:00Z");

	private static DataSource dataSource;

	private static JdbcClient jdbc;

	private static AuditSearch search;

	private static Map<String, Long> kiosks;

	@BeforeAll
	static void threeKiosksAtTwoSitesOnPostgres() throws IOException {
		PostgresServer.Database database = PostgresServer.database();
		dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), database.url(), database.user(),
				database.password());
		Flyway.configure()
			.dataSource(dataSource)
			.locations(MigrationLocations.of(MigrationLocations.POSTGRESQL))
			.load()
			.migrate();
		jdbc = JdbcClient.create(dataSource);
		partitionedAsTheIngestCreatesIt();
		for (String[] kiosk : new String[][] { { "east-1", "HQ" }, { "east-2", "HQ" }, { "west-1", "Depot" } }) {
			jdbc.sql("INSERT INTO fleet_kiosk (name, site, state, registered_at, registered_by)"
					+ " VALUES (?, ?, 'JOINED', CURRENT_TIMESTAMP, 'admin')")
				.params(kiosk[0], kiosk[1])
				.update();
		}
		kiosks = Map.of("east-1", id("east-1"), "east-2", id("east-2"), "west-1", id("west-1"));
		FleetEvents events = new FleetEvents(jdbc);
		kiosks.forEach((name, id) -> {
			for (long sequence = 1; sequence <= 10; sequence++) {
				events.store(id, sequence, T.plusSeconds(60 * sequence),
						(sequence % 2 == 1) ? "PhonesStored" : "PhonesCollected", "locker:" + sequence, sequence == 5,
						"{\"kiosk\":\"" + name + "\"}");
			}
		});
		search = new AuditSearch(jdbc, new AuditEventTypes(), new AuditSearchProperties("central", List.of()),
				new StaticListableBeanFactory(Map.of("centralLog", new CentralLog(jdbc)))
					.getBeanProvider(CentralLog.class));
	}

	@Test
	void theMonthsPartitionsHoldTheEntries() {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ONLY fleet_event_2026_11").query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ONLY fleet_event_2026_12").query(Long.class).single()).isEqualTo(27);
	}

	@Test
	void everyEntryNamesItsKioskAndSiteNewestFirstTiesByKiosk() {
		List<AuditEntry> entries = search.find(AuditFilter.none(), null, 500).entries();
		assertThat(entries).hasSize(30);
		assertThat(keys(entries.subList(0, 4))).containsExactly("west-1#10", "east-2#10", "east-1#10", "west-1#9");
		assertThat(entries.get(0).site()).isEqualTo("Depot");
		assertThat(entries.get(1).site()).isEqualTo("HQ");
	}

	@Test
	void kioskSiteTimeTypeAndSeverityFiltersCombine() {
		assertThat(keys(search.find(filter(null, null, null, "east-2", null), null, 500).entries())).containsExactly(
				"east-2#10", "east-2#9", "east-2#8", "east-2#7", "east-2#6", "east-2#5", "east-2#4", "east-2#3",
				"east-2#2", "east-2#1");
		assertThat(search.find(filter(null, null, null, null, "HQ"), null, 500).entries()).hasSize(20)
			.extracting(AuditEntry::kiosk)
			.containsOnly("east-1", "east-2");
		assertThat(keys(
				search.find(filter(T.plusSeconds(180), T.plusSeconds(480), "PhonesCollected", null, "HQ"), null, 500)
					.entries()))
			.containsExactly("east-2#6", "east-1#6", "east-2#4", "east-1#4");
		AuditFilter alerts = new AuditFilter(null, null, null, Set.of(EntrySeverity.ALERT), null, null, null, null,
				null, null, "Depot");
		assertThat(keys(search.find(alerts, null, 500).entries())).containsExactly("west-1#5");
		assertThat(search.find(filter(null, null, null, "west-1", "HQ"), null, 500).entries()).isEmpty();
	}

	@Test
	void freeTextIsFoundInAnyCaseAndItsWildcardsAreLetters() {
		assertThat(search.find(text("EAST-2", null), null, 500).entries()).hasSize(10)
			.extracting(AuditEntry::kiosk)
			.containsOnly("east-2");
		assertThat(search.find(text("st-", null), null, 500).entries()).hasSize(30);
		assertThat(search.find(text("West", "HQ"), null, 500).entries()).isEmpty();
		// an unescaped _ or % would match every entry
		assertThat(search.find(text("_", null), null, 500).entries()).isEmpty();
		assertThat(search.find(text("%", null), null, 500).entries()).isEmpty();
	}

	/**
	 * The text condition as the search writes it is one the trigram index serves: with
	 * the other ways of reading the table turned off, PostgreSQL reads each partition's
	 * trigram index (had the condition another shape, ILIKE or details not lowered, it
	 * would have to scan the table).
	 */
	@Test
	void theTrigramIndexServesTheTextCondition() throws SQLException {
		SearchQuery query = SearchQuery.central(text("west-1", null), null, List.of(), null, null, false, 51);
		StringBuilder plan = new StringBuilder();
		try (Connection connection = dataSource.getConnection(); Statement settings = connection.createStatement()) {
			settings.execute("SET enable_seqscan = off");
			settings.execute("SET enable_indexscan = off");
			try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + query.sql())) {
				Object[] params = query.params();
				for (int i = 0; i < params.length; i++) {
					explain.setObject(i + 1, params[i]);
				}
				try (ResultSet rows = explain.executeQuery()) {
					while (rows.next()) {
						plan.append(rows.getString(1)).append('\n');
					}
				}
			}
		}
		// only a trigram index takes LIKE '%...%' as its index condition
		assertThat(plan).contains("Bitmap Index Scan on fleet_event_2026_12_")
			.contains("Bitmap Index Scan on fleet_event_2026_11_")
			.contains("Index Cond: (lower(details) ~~ '%west-1%'::text)")
			.doesNotContain("Seq Scan");
	}

	@Test
	void pagesFollowTheOrderWholeAndStayWhereTheyWereWhileNewerEntriesArrive() {
		List<String> whole = keys(search.find(AuditFilter.none(), null, 500).entries());
		List<String> paged = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			AuditPage page = search.find(AuditFilter.none(), cursor, 7);
			paged.addAll(keys(page.entries()));
			cursor = page.cursor();
			pages++;
			if (pages == 2) {
				new FleetEvents(jdbc).store(kiosks.get("east-1"), 11, T.plusSeconds(3600), "PhonesStored", "locker:11",
						false, "{}");
			}
		}
		while (cursor != null);
		assertThat(pages).isEqualTo(5);
		assertThat(paged).isEqualTo(whole);
		jdbc.sql("DELETE FROM fleet_event WHERE sequence = 11").update();

		List<String> forward = new ArrayList<>();
		String after = "0.0.0";
		AuditFilter hq = filter(null, null, null, null, "HQ");
		while (after != null) {
			AuditPage page = search.findForward(hq, after, 3);
			forward.addAll(keys(page.entries()));
			after = page.cursor();
		}
		assertThat(forward).hasSize(20).startsWith("east-1#1", "east-2#1", "east-1#2").endsWith("east-2#10");
	}

	@Test
	void whatNamesNothingCentralHoldsIsRefusedByName() {
		assertThatExceptionOfType(AuditRefusal.class)
			.isThrownBy(() -> search.find(filter(null, null, null, "north-9", null), null, 10))
			.satisfies((refusal) -> assertThat(refusal.arguments()).containsExactly("kiosk", "north-9"));
		assertThatExceptionOfType(AuditRefusal.class)
			.isThrownBy(() -> search.find(filter(null, null, null, null, "Nowhere"), null, 10))
			.satisfies((refusal) -> assertThat(refusal.arguments()).containsExactly("site", "Nowhere"));
		assertThatExceptionOfType(AuditRefusal.class).isThrownBy(() -> search.find(AuditFilter.locker(3), null, 10))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("audit-filter-not-central"));
		assertThatExceptionOfType(AuditRefusal.class).isThrownBy(() -> search.find(AuditFilter.none(), "12.x.3", 10))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("audit-cursor-unreadable"));
	}

	/**
	 * Replaces the portable stand-in of {@code fleet_event} with the table the ingest's
	 * PostgreSQL migration creates (ISSUE17.md: partitioned by month, a DEFAULT
	 * partition), and creates V28's and V31's indexes on it again, as those do on the
	 * real one.
	 */
	private static void partitionedAsTheIngestCreatesIt() throws IOException {
		jdbc.sql("DROP TABLE fleet_event").update();
		jdbc.sql("""
				CREATE TABLE fleet_event (kiosk_id BIGINT NOT NULL, sequence BIGINT NOT NULL,
				  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, type VARCHAR(120) NOT NULL,
				  subject VARCHAR(200) NOT NULL, alert BOOLEAN NOT NULL, details TEXT NOT NULL,
				  previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL, key_id CHAR(16),
				  received_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (kiosk_id, sequence, recorded_at))
				  PARTITION BY RANGE (recorded_at)""").update();
		jdbc.sql("CREATE TABLE fleet_event_2026_11 PARTITION OF fleet_event"
				+ " FOR VALUES FROM ('2026-11-01T00:00:00Z') TO ('2026-12-01T00:00:00Z')")
			.update();
		jdbc.sql("CREATE TABLE fleet_event_2026_12 PARTITION OF fleet_event"
				+ " FOR VALUES FROM ('2026-12-01T00:00:00Z') TO ('2027-01-01T00:00:00Z')")
			.update();
		jdbc.sql("CREATE TABLE fleet_event_default PARTITION OF fleet_event DEFAULT").update();
		String indexes = new ClassPathResource("db/migration/V28__central_consoles.sql")
			.getContentAsString(StandardCharsets.UTF_8)
				+ new ClassPathResource("db/vendor/postgresql/V31__fleet_text_search.sql")
					.getContentAsString(StandardCharsets.UTF_8);
		Arrays.stream(indexes.replaceAll("(?m)^--.*$", "").split(";"))
			.map(String::strip)
			.filter((statement) -> statement.startsWith("CREATE INDEX") && statement.contains("ON fleet_event "))
			.forEach((statement) -> jdbc.sql(statement).update());
	}

	private static AuditFilter filter(Instant from, Instant to, String type, String kiosk, String site) {
		return new AuditFilter(from, to, (type != null) ? Set.of(type) : null, null, null, null, null, null, kiosk,
				null, site);
	}

	private static AuditFilter text(String text, String site) {
		return new AuditFilter(null, null, null, null, null, null, null, null, null, text, site);
	}

	private static long id(String name) {
		return jdbc.sql("SELECT id FROM fleet_kiosk WHERE name = ?").param(name).query(Long.class).single();
	}

	private static List<String> keys(List<AuditEntry> entries) {
		return entries.stream().map((entry) -> entry.kiosk() + "#" + entry.sequence()).toList();
	}

}
