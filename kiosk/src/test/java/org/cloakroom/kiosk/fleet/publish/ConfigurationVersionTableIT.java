package org.cloakroom.kiosk.fleet.publish;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import org.cloakroom.kiosk.MigrationLocations;
import org.cloakroom.kiosk.PostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Central's configuration versions on Debian's PostgreSQL, the database central runs on:
 * a writer holds the version's lock until it commits (so versions commit in order), items
 * changed after a version are found by it, and forgetting old removals raises the version
 * a delta can answer from.
 */
class ConfigurationVersionTableIT {

	static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	static DataSource dataSource;

	static ConfigurationVersionTable versions;

	static TransactionTemplate transactions;

	@BeforeAll
	static void migrate() {
		PostgresServer.Database database = PostgresServer.database();
		dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), database.url(), database.user(),
				database.password());
		Flyway.configure()
			.dataSource(dataSource)
			.locations(MigrationLocations.of(MigrationLocations.POSTGRESQL))
			.load()
			.migrate();
		versions = new ConfigurationVersionTable(JdbcClient.create(dataSource));
		transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Test
	void versionsOnlyGrowAndEachWriterWaitsForTheOneHoldingTheLock() {
		long before = versions.versions().version();
		transactions.executeWithoutResult((first) -> {
			versions.lock();
			assertThat(versions.bump()).isEqualTo(before + 1);
			// another thread: its own connection, as another request's transaction would
			// have
			CompletableFuture<Void> second = CompletableFuture
				.runAsync(() -> transactions.executeWithoutResult((other) -> {
					JdbcClient.create(dataSource).sql("SET LOCAL lock_timeout = '200ms'").update();
					versions.lock();
				}));
			assertThatExceptionOfType(CompletionException.class).as("a second writer while the first holds the lock")
				.isThrownBy(second::join)
				.withCauseInstanceOf(DataAccessException.class)
				.withMessageContaining("lock");
		});
		assertThat(versions.versions().version()).isEqualTo(before + 1);
	}

	@Test
	void findsWhatChangedAfterAVersionAndForgetsOldRemovals() {
		long base = transactions.execute((tx) -> {
			versions.lock();
			long version = versions.bump();
			versions.record("employee", "1", version, "a".repeat(64), NOW);
			versions.record("exemption", "9", version, "b".repeat(64), NOW);
			return version;
		});
		long removal = transactions.execute((tx) -> {
			versions.lock();
			long version = versions.bump();
			versions.record("exemption", "9", version, null, NOW.plusSeconds(60));
			versions.record("employee", "1", version, "c".repeat(64), NOW.plusSeconds(60));
			return version;
		});

		assertThat(versions.changed(base, removal)).containsExactly(
				new ConfigurationVersionTable.Change("employee", "1", false),
				new ConfigurationVersionTable.Change("exemption", "9", true));
		assertThat(versions.changed(removal, removal)).isEmpty();
		assertThat(versions.digests("exemption")).containsEntry("9", null);

		transactions.executeWithoutResult((tx) -> {
			versions.lock();
			versions.floor(versions.forgetRemovals(NOW.plusSeconds(120)));
		});
		assertThat(versions.versions().floor()).isEqualTo(removal);
		assertThat(versions.digests("exemption")).doesNotContainKey("9");
		assertThat(versions.digests("employee")).containsEntry("1", "c".repeat(64));
	}

}
