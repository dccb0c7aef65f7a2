package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import org.cloakroom.kiosk.DatabaseOwnerLogin;
import org.cloakroom.kiosk.SecretFiles;
import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code audit verify} on a real H2 file that the application wrote (entries and a signed
 * checkpoint), copied as an officer would copy it off a kiosk: exit 0 intact, 1 naming
 * the first bad entry or checkpoint.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:file:./target/test-db/cli-${random.uuid}",
		"cloakroom.scheduling.enabled=false" })
class AuditVerifyCommandIT {

	@TempDir
	Path copy;

	@Autowired
	ApplicationEventPublisher publisher;

	/**
	 * The database's owner: only the owner may drop the log's triggers, as an attacker
	 * would.
	 */
	JdbcTemplate jdbc;

	@Autowired
	void connectAsOwner(ApplicationContext context) {
		this.jdbc = DatabaseOwnerLogin.jdbcTemplate(context);
	}

	@Autowired
	AuditLog log;

	@Autowired
	SecretFiles secrets;

	@Autowired
	Checkpointer checkpointer;

	@Autowired
	AuditProperties properties;

	private Path checkpoints;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private Path database;

	@BeforeEach
	void aLogWithACheckpointCopiedOffTheKiosk() throws Exception {
		this.out.getBuffer().setLength(0);
		this.err.getBuffer().setLength(0);
		AuditTestTables.reset(this.jdbc);
		this.checkpoints = this.properties.checkpointDir();
		org.springframework.util.FileSystemUtils.deleteRecursively(this.checkpoints);
		for (int i = 1; i <= 5; i++) {
			this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(i), "n" + i));
		}
		// what the scheduled job and shutdown do: sign the head
		this.checkpointer.sign().orElseThrow();
		this.database = copyOfTheDatabase();
	}

	@Test
	void anIntactLogIsExitCodeZeroWithTheEntriesAndTheNewestCheckpoint() {
		long entries = this.log.latest(1).get(0).sequence();

		assertThat(verify("--key", key(), "--checkpoints", this.checkpoints.toString())).as("%s%s", this.out, this.err)
			.isZero();

		assertThat(this.out.toString())
			.startsWith("intact: " + entries + " entries checked, newest checkpoint at entry " + (entries - 1));
	}

	@Test
	void aDatabaseThatDoesNotOpenIsExitCodeTwoSayingWhichPasswordItNeeds() {
		int exit = FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true))
			.execute("audit", "verify", "--db", this.database.toString());

		assertThat(exit).as("%s%s", this.out, this.err).isEqualTo(2);
		assertThat(this.err.toString()).contains("does not open as user sa", "Wrong user name or password",
				"--password-file");
	}

	@Test
	void withoutTheKeySaysTheEntriesOwnHashesWereNotChecked() {
		assertThat(verify("--checkpoints", this.checkpoints.toString())).as("%s%s", this.out, this.err).isZero();

		assertThat(this.out.toString()).contains("entries' own hashes not checked: no --key");
	}

	@Test
	void anEditedEntryIsExitCodeOneNamingIt() throws SQLException, IOException {
		long edited = this.log.latest(1).get(0).sequence() - 2;
		tamper("DROP TRIGGER audit_event_append_only",
				"UPDATE audit_event SET details = REPLACE(details, 'n', 'm') WHERE sequence = " + edited);

		assertThat(verify("--key", key(), "--checkpoints", this.checkpoints.toString())).as("%s%s", this.out, this.err)
			.isEqualTo(1);

		assertThat(this.out.toString().lines()).singleElement()
			.asString()
			.startsWith("broken at entry " + edited + ": Entry " + edited + " was altered");
	}

	@Test
	void anAlteredCheckpointIsExitCodeOneNamingItsFile() throws IOException {
		Path file;
		try (Stream<Path> files = Files.list(this.checkpoints)) {
			file = files.filter((each) -> each.getFileName().toString().startsWith("checkpoint-"))
				.reduce((first, second) -> second)
				.orElseThrow();
		}
		Files.writeString(file, Files.readString(file).replace("keyed-from 1", "keyed-from 2"));

		assertThat(verify("--key", key(), "--checkpoints", this.checkpoints.toString())).as("%s%s", this.out, this.err)
			.isEqualTo(1);

		assertThat(this.out.toString()).startsWith("broken checkpoint " + file.getFileName() + ": ")
			.contains("was altered");
	}

	private int verify(String... options) {
		String[] args = Stream
			.concat(Stream.of("audit", "verify", "--db", this.database.toString(), "--password-file",
					ownerPasswordFile().toString()), Stream.of(options))
			.toArray(String[]::new);
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true)).execute(args);
	}

	/**
	 * The owner's password, as a kiosk keeps it and as an officer copies it with the
	 * database.
	 */
	private Path ownerPasswordFile() {
		return this.secrets.path("database-owner.password");
	}

	private String key() {
		return this.secrets.path("audit-chain.key").toString();
	}

	private Path copyOfTheDatabase() throws IOException {
		this.jdbc.execute("CHECKPOINT SYNC");
		String url = this.jdbc.queryForObject("SELECT DATABASE_PATH()", String.class);
		Path copied = this.copy.resolve("cloakroom.mv.db");
		Files.copy(Path.of(url + ".mv.db"), copied);
		return copied;
	}

	private void tamper(String... statements) throws SQLException, IOException {
		String name = this.database.toString().replace(".mv.db", "");
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + name, "sa",
				Files.readString(ownerPasswordFile()).strip()); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
