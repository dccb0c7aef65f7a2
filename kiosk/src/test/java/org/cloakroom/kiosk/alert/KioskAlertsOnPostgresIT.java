package org.cloakroom.kiosk.alert;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.MigrationLocations;
import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.violation.PhoneSeenInside;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's kiosk column on Debian's PostgreSQL (V28): a kiosk's entry opens one alert
 * per (kiosk, sequence), beside this instance's own alert of the same sequence; its site
 * is read from the registered kiosks; the kiosk and site filters list what they name.
 */
class KioskAlertsOnPostgresIT {

	private static final JsonMapper DETAILS = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private static final Instant T = Instant.parse("2026-12-01T08:00:00Z");

	private static AlertTable table;

	private static KioskAlerts alerts;

	@BeforeAll
	static void migrated() {
		PostgresServer.Database database = PostgresServer.database();
		DataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), database.url(), database.user(),
				database.password());
		Flyway.configure()
			.dataSource(dataSource)
			.locations(MigrationLocations.of(MigrationLocations.POSTGRESQL))
			.load()
			.migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("INSERT INTO fleet_kiosk (name, site, state, registered_at, registered_by) VALUES"
				+ " ('east-1', 'HQ', 'JOINED', CURRENT_TIMESTAMP, 'admin'),"
				+ " ('west-1', 'Depot', 'JOINED', CURRENT_TIMESTAMP, 'admin')")
			.update();
		table = new AlertTable(jdbc);
		alerts = new KioskAlerts(new AlertOpening(table), table);
	}

	@Test
	void oneAlertPerKioskAndSequenceNamingItsKioskAndSite() {
		table.open(null, 3, "LockerForced", "locker:1", AlertSeverity.HIGH, T, null);
		List<AuditEntry> east = List.of(seenInside(3), new AuditEntry(4, T.plusSeconds(4), "LockerForced", "locker:2",
				true, "{}", "0".repeat(64), "1".repeat(64), null));
		alerts.accepted("east-1", east);
		alerts.accepted("east-1", east);
		alerts.accepted("west-1", List.of(seenInside(3)));

		List<Alert> all = table.list(AlertFilter.all(), null, 50);
		assertThat(all).extracting((a) -> a.kiosk() + "#" + a.raisedBySequence() + " " + a.severity() + " " + a.site())
			.containsExactly("west-1#3 CRITICAL Depot", "east-1#4 HIGH HQ", "east-1#3 CRITICAL HQ", "null#3 HIGH null");
		assertThat(table.list(filter("east-1", null), null, 50)).extracting(Alert::raisedBySequence)
			.containsExactly(4L, 3L);
		assertThat(table.list(filter(null, "Depot"), null, 50)).extracting(Alert::kiosk).containsExactly("west-1");
		assertThat(table.changedBy(3)).get().satisfies((alert) -> assertThat(alert.kiosk()).isNull());
	}

	private static AlertFilter filter(String kiosk, String site) {
		return new AlertFilter(null, null, null, null, null, null, kiosk, site);
	}

	private static AuditEntry seenInside(long sequence) {
		Instant at = T.plusSeconds(sequence);
		PhoneSeenInside event = new PhoneSeenInside("phone-7", AlertSeverity.CRITICAL, 7, "Pixel 8", 11, "Ada Lovelace",
				"MUST_STORE", List.of("inside-1"), -61.5, 0.9, Boolean.FALSE, at, null, null, at);
		return new AuditEntry(sequence, at, "PhoneSeenInside", "phone:7", true, DETAILS.writeValueAsString(event),
				"0".repeat(64), "1".repeat(64), null);
	}

}
