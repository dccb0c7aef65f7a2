package org.cloakroom.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application connects to its file database as a user of its own with a password and
 * no administrator rights; the owner ({@code sa}) migrates with a password of its own; a
 * database from before (owner {@code sa}, empty password) is upgraded at its first start,
 * and a wrong owner's password stops start-up in one sentence.
 */
class DatabaseLoginIT {

	@TempDir
	Path directory;

	@Test
	void theApplicationsUserHasAPasswordAndNoRightToChangeTheSchemaOrUsers() throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			JdbcClient app = JdbcClient.create(context.getBean(DataSource.class));

			assertThat(app.sql("SELECT CURRENT_USER").query(String.class).single()).isEqualTo("CLOAKROOM");
			assertThat(app.sql("SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER")
				.query(Boolean.class)
				.single()).isFalse();
			assertThat(app.sql("SELECT COUNT(*) FROM employee").query(Long.class).single())
				.as("it reads the tables the migrations made")
				.isZero();
			for (String sql : new String[] { "CREATE TABLE intruder (id INT)", "DROP TABLE employee",
					"ALTER TABLE employee ADD COLUMN note VARCHAR(10)", "CREATE USER intruder PASSWORD 'x'",
					"ALTER USER cloakroom ADMIN TRUE", "GRANT ALTER ANY SCHEMA TO cloakroom",
					"CREATE INDEX intruder ON employee (name)", "ALTER USER sa SET PASSWORD 'x'" }) {
				assertThatExceptionOfType(DataAccessException.class).as(sql)
					.isThrownBy(() -> app.sql(sql).update())
					.withMessageContaining("rights");
			}

			String password = secret("database-app.password");
			assertThat(password).hasSizeGreaterThanOrEqualTo(40);
			assertRefused("cloakroom", "");
			assertThat(as("cloakroom", password).sql("SELECT CURRENT_USER").query(String.class).single())
				.isEqualTo("CLOAKROOM");
		}
	}

	@Test
	void aTableALaterMigrationMakesNeedsNoGrantOfItsOwn() throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			as("sa", secret("database-owner.password")).sql("CREATE TABLE later_table (id INT PRIMARY KEY)").update();
			JdbcClient app = JdbcClient.create(context.getBean(DataSource.class));

			app.sql("INSERT INTO later_table (id) VALUES (1)").update();
			app.sql("UPDATE later_table SET id = 2").update();
			assertThat(app.sql("SELECT id FROM later_table").query(Integer.class).single()).isEqualTo(2);
			app.sql("DELETE FROM later_table").update();
		}
	}

	@Test
	void theAdministratorWithAnEmptyPasswordIsRefused() throws Exception {
		start().close();

		assertRefused("sa", "");
		assertThat(as("sa", secret("database-owner.password"))
			.sql("SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER")
			.query(Boolean.class)
			.single()).as("the owner administers the database").isTrue();
	}

	@Test
	void aDatabaseMadeWithAnEmptyAdministratorPasswordIsUpgradedAndKeepsItsData() throws Exception {
		DriverManagerDataSource old = new DriverManagerDataSource(url(), "sa", "");
		Flyway.configure().dataSource(old).locations(MigrationLocations.of(MigrationLocations.H2)).load().migrate();
		JdbcClient.create(old)
			.sql("INSERT INTO employee (id, name, badge_id, pin_hash, created_at) VALUES (1, 'Ada', '100001', 'x', ?)")
			.param(OffsetDateTime.parse("2026-12-01T08:00:00Z"))
			.update();

		for (int start = 1; start <= 2; start++) {
			try (ConfigurableApplicationContext context = start()) {
				JdbcClient app = JdbcClient.create(context.getBean(DataSource.class));
				assertThat(app.sql("SELECT name FROM employee WHERE id = 1").query(String.class).single())
					.as("start %d", start)
					.isEqualTo("Ada");
				assertThat(app.sql("SELECT CURRENT_USER").query(String.class).single()).isEqualTo("CLOAKROOM");
			}
			assertRefused("sa", "");
		}
	}

	@Test
	void aNewApplicationPasswordInItsSecretFileTakesEffectAtTheNextStart() throws Exception {
		start().close();
		String before = secret("database-app.password");
		Files.writeString(secrets().resolve("database-app.password"), "a-new-password-for-the-application\n");

		try (ConfigurableApplicationContext context = start()) {
			assertThat(JdbcClient.create(context.getBean(DataSource.class))
				.sql("SELECT CURRENT_USER")
				.query(String.class)
				.single()).isEqualTo("CLOAKROOM");
		}
		assertRefused("cloakroom", before);
		assertThat(as("cloakroom", "a-new-password-for-the-application").sql("SELECT CURRENT_USER")
			.query(String.class)
			.single()).isEqualTo("CLOAKROOM");
	}

	@Test
	void aWrongOwnerPasswordStopsStartUpInOneSentenceNamingItsSecretFile() throws Exception {
		start().close();
		Path ownerPassword = secrets().resolve("database-owner.password");
		Files.writeString(ownerPassword, "not-the-owners-password\n");

		String sentence = "The database " + url() + " refused the password of its owner sa: check the secret file "
				+ ownerPassword.toAbsolutePath() + ", which must hold the password this database was last started with";
		assertThatThrownBy(this::start).rootCause().satisfies((failure) -> {
			assertThat(failure).isInstanceOf(OwnerPasswordRefusedException.class).hasMessage(sentence);
			FailureAnalysis report = new OwnerPasswordRefusedAnalyzer().analyze(failure);
			assertThat(report.getDescription()).isEqualTo(sentence);
			assertThat(report.getAction()).as("the sentence says what to check").isNull();
		});
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DatabaseOnly.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url(), "--cloakroom.secrets.dir=" + secrets());
	}

	private String url() {
		return "jdbc:h2:file:" + this.directory.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=4";
	}

	private Path secrets() {
		return this.directory.resolve("secrets");
	}

	private String secret(String name) throws IOException {
		return Files.readString(secrets().resolve(name)).strip();
	}

	/**
	 * Straight to the file, as anyone on the kiosk could: without the owner's settings.
	 */
	private String plainUrl() {
		return "jdbc:h2:file:" + this.directory.resolve("db").toAbsolutePath();
	}

	private JdbcClient as(String user, String password) {
		return JdbcClient.create(new DriverManagerDataSource(plainUrl(), user, password));
	}

	private void assertRefused(String user, String password) {
		assertThatExceptionOfType(SQLException.class).as("%s with that password", user)
			.isThrownBy(() -> DriverManager.getConnection(plainUrl(), user, password).close())
			.satisfies((refused) -> assertThat(refused.getSQLState()).isEqualTo("28000"));
	}

	/**
	 * The database and what Boot configures around it, nothing of the application's (not
	 * a {@code @SpringBootConfiguration}: the other tests' search must find only the
	 * application's).
	 */
	@EnableAutoConfiguration
	static class DatabaseOnly {

	}

}
