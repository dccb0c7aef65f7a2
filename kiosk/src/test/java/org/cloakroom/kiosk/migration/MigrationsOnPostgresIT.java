package org.cloakroom.kiosk.migration;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.cloakroom.kiosk.MigrationLocations;
import org.cloakroom.kiosk.PostgresServer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every migration runs on Debian's PostgreSQL (the central home's database) to the same
 * version as on H2, and the log's guards hold there as they do on a kiosk: entries are
 * append-only, the head only moves forward, nothing is truncated.
 */
class MigrationsOnPostgresIT {

	static JdbcTemplate jdbc;

	static MigrationInfo[] applied;

	@BeforeAll
	static void migrate() throws SQLException {
		PostgresServer.Database database = PostgresServer.database();
		DataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), database.url(), database.user(),
				database.password());
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations(MigrationLocations.of(MigrationLocations.POSTGRESQL))
			.load();
		flyway.migrate();
		applied = flyway.info().applied();
		jdbc = new JdbcTemplate(dataSource);
	}

	@Test
	void migratesToTheVersionAKioskHas() {
		Flyway h2 = Flyway.configure()
			.dataSource("jdbc:h2:mem:versions;DB_CLOSE_DELAY=-1", "sa", "")
			.locations(MigrationLocations.of(MigrationLocations.H2))
			.load();
		h2.migrate();
		assertThat(applied).allSatisfy((migration) -> assertThat(migration.getState().isFailed()).isFalse());
		assertThat(applied[applied.length - 1].getVersion())
			.isEqualTo(h2.info().applied()[h2.info().applied().length - 1].getVersion());
		assertThat(applied).hasSameSizeAs(h2.info().applied());
	}

	@Test
	void refusesToChangeOrRemoveAnEntry() {
		// above what deletesOnlyWhatWasArchived archives, whichever runs first
		appendEntry(101);
		appendEntry(102);
		assertRefused(() -> jdbc.update("UPDATE audit_event SET details = '{}' WHERE sequence = 101"),
				"The audit log is append-only: UPDATE of entry 101 refused");
		assertRefused(() -> jdbc.update("DELETE FROM audit_event WHERE sequence = 102"),
				"The audit log is append-only: DELETE of entry 102 refused");
		assertRefused(() -> jdbc.update("TRUNCATE TABLE audit_event CASCADE"), "cannot be truncated");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE sequence IN (101, 102)", Long.class))
			.isEqualTo(2);
	}

	@Test
	void letsTheHeadOnlyMoveForward() {
		long head = jdbc.queryForObject("SELECT last_sequence FROM audit_chain_head", Long.class);
		jdbc.update("UPDATE audit_chain_head SET last_sequence = ?", head + 5);
		assertRefused(() -> jdbc.update("UPDATE audit_chain_head SET last_sequence = ?", head + 4),
				"only moves forward: from entry " + (head + 5) + " to " + (head + 4) + " refused");
		assertRefused(() -> jdbc
			.update("UPDATE audit_chain_head SET keyed_from = keyed_from + 1, " + "last_sequence = last_sequence + 1"),
				"keyed_from");
		assertRefused(() -> jdbc.update("DELETE FROM audit_chain_head"), "cannot be deleted");
	}

	@Test
	void deletesOnlyWhatWasArchived() {
		appendEntry(11);
		appendEntry(12);
		jdbc.update("INSERT INTO audit_archive (to_sequence, last_hash, file, archived_at) VALUES (11, ?, 'a', now())",
				"a".repeat(64));
		assertThat(jdbc.update("DELETE FROM audit_event WHERE sequence = 11")).isOne();
		assertRefused(() -> jdbc.update("DELETE FROM audit_event WHERE sequence = 12"), "DELETE of entry 12 refused");
		assertRefused(() -> jdbc.update("DELETE FROM audit_archive"), "archive records are append-only");
	}

	private static void appendEntry(long sequence) {
		jdbc.update(
				"INSERT INTO audit_event (sequence, recorded_at, type, subject, alert, details, previous_hash, hash)"
						+ " VALUES (?, now(), 'DoorTested', 'locker:1', FALSE, '{}', ?, ?)",
				sequence, "0".repeat(64), "1".repeat(64));
	}

	private static void assertRefused(Executable statement, String words) {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(statement::execute)
			.satisfies((refused) -> assertThat(refused.getMostSpecificCause()).hasMessageContaining(words)
				.isInstanceOfSatisfying(SQLException.class,
						(cause) -> assertThat(cause.getSQLState()).isEqualTo("42501")));
	}

}
