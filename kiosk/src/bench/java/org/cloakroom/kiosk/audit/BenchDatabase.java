package org.cloakroom.kiosk.audit;

import org.cloakroom.kiosk.MigrationLocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import com.zaxxer.hikari.HikariDataSource;
import org.cloakroom.kiosk.SecretFiles;
import org.cloakroom.kiosk.SecretsProperties;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A fresh H2 file database as the kiosk opens it ({@code WRITE_DELAY=0}, all migrations),
 * and the log's parts wired by hand as Spring wires them, for the benchmarks.
 */
final class BenchDatabase implements AutoCloseable {

	final Path dir;

	final HikariDataSource dataSource;

	final AuditTable table;

	final AuditKeys keys;

	final AuditRecorder recorder;

	final TransactionTemplate transactions;

	final AuditLog log;

	final Checkpointer checkpointer;

	BenchDatabase() throws IOException {
		this(";WRITE_DELAY=0");
	}

	/** @param options H2 URL settings, e.g. {@code ;WRITE_DELAY=0} as in application.yml */
	BenchDatabase(String options) throws IOException {
		this.dir = Files.createTempDirectory("cloakroom-audit-bench");
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl("jdbc:h2:file:" + this.dir.resolve("cloakroom") + options + ";TRACE_LEVEL_FILE=4");
		this.dataSource.setUsername("sa");
		this.dataSource.setPassword("");
		Flyway.configure().dataSource(this.dataSource).locations(MigrationLocations.of(MigrationLocations.H2)).load().migrate();
		this.table = new AuditTable(JdbcClient.create(this.dataSource));
		this.keys = new AuditKeys(new SecretFiles(new SecretsProperties(this.dir.resolve("secrets"))));
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		this.recorder = new AuditRecorder(this.table, this.keys, Clock.systemUTC(), (event) -> {
		});
		AuditProperties properties = new AuditProperties(this.dir.resolve("checkpoints"),
				java.time.Duration.ofMinutes(15), java.time.Duration.ofHours(1), java.time.Duration.ofDays(365));
		this.log = new AuditLog(this.table, this.keys, properties);
		this.checkpointer = new Checkpointer(this.table, this.keys, properties, Clock.systemUTC(),
				(event) -> this.transactions.executeWithoutResult((status) -> this.recorder.record((AuditableEvent) event)));
	}

	@Override
	public void close() throws IOException {
		this.dataSource.close();
		FileSystemUtils.deleteRecursively(this.dir);
	}

	/** An event of about the size of the kiosk's own. */
	@AuditType("BenchmarkEvent")
	record BenchmarkEvent(int locker, String note) implements AuditableEvent {

		@Override
		public AuditSubject subject() {
			return AuditSubject.locker(this.locker);
		}

	}

}
