package org.cloakroom.kiosk.enrolment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.cloakroom.kiosk.MigrationLocations;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up against a database refuses an identity key other than the one that sealed its
 * IRKs, in one sentence, and never stores or logs the key.
 */
@ExtendWith(OutputCaptureExtension.class)
class IdentityKeyCheckIT {

	/** Another well-formed key: 32 bytes 0x20..0x3f. */
	private static final String OTHER_KEY = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

	private final ApplicationContextRunner database = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class))
		.withUserConfiguration(CipherOnly.class)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:key-check-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				// Boot's Flyway alone, without the application's choice of H2's twins
				"spring.flyway.locations=" + String.join(",", MigrationLocations.of(MigrationLocations.H2)));

	@Test
	void theFirstStartStoresACheckValueThatIsNotTheKeyAndTheSameKeyStartsAgain(CapturedOutput output) {
		start(EnrolmentModuleSupport.KEY).run((context) -> {
			assertThat(context).hasNotFailed();
			String check = context.getBean(JdbcClient.class)
				.sql("SELECT check_value FROM identity_key_check")
				.query(String.class)
				.single();
			assertThat(check).doesNotContain(EnrolmentModuleSupport.KEY);
			assertThat(latin1(Base64.getDecoder().decode(check))).doesNotContain(latin1(keyBytes()));
		});
		start(EnrolmentModuleSupport.KEY).run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain(EnrolmentModuleSupport.KEY);
	}

	@Test
	void anotherKeyIsRefusedInOneSentenceThatSaysWhatToDo(CapturedOutput output) {
		start(EnrolmentModuleSupport.KEY).run((context) -> assertThat(context).hasNotFailed());

		start(OTHER_KEY).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("cloakroom.enrolment.identity-key is not the key that sealed this database's IRKs: "
						+ "start with that key again, or, if it is lost, clear the stored IRKs as README.md's "
						+ "enrolment section says and pair the phones again");
			FailureAnalysis report = new IdentityKeyAnalyzer().analyze(context.getStartupFailure());
			assertThat(report.getDescription()).isEqualTo(IdentityKeyMismatchException.SENTENCE);
			assertThat(report.getAction()).as("the sentence says what to do").isNull();
		});
		assertThat(output).doesNotContain(OTHER_KEY).doesNotContain(EnrolmentModuleSupport.KEY);
	}

	@Test
	void aDatabaseWhoseIrksPredateTheCheckIsCheckedAgainstAnIrk() {
		ApplicationContextRunner beforeTheCheck = this.database.withPropertyValues("spring.flyway.target=9",
				"cloakroom.enrolment.identity-key=" + EnrolmentModuleSupport.KEY);
		beforeTheCheck.run((context) -> {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			jdbc.sql("INSERT INTO employee (id, name, badge_id, pin_hash, created_at) VALUES (1, 'Ada', 'B-1', 'x', ?)")
				.param(Instant.EPOCH.atOffset(ZoneOffset.UTC))
				.update();
			jdbc.sql("INSERT INTO phone (id, employee_id, label, platform, created_at) "
					+ "VALUES (7, 1, 'Pixel', 'ANDROID', ?)")
				.param(Instant.EPOCH.atOffset(ZoneOffset.UTC))
				.update();
			String sealed = context.getBean(IdentityCipher.class)
				.encrypt(new IdentityResolvingKey(new byte[16]).key(), StoredIdentities.context(7));
			jdbc.sql("INSERT INTO ble_identity (phone_id, kind, stored_value, created_at) VALUES (7, 'irk', ?, ?)")
				.params(sealed, Instant.EPOCH.atOffset(ZoneOffset.UTC))
				.update();
		});

		start(OTHER_KEY).run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageStartingWith("cloakroom.enrolment.identity-key is not the key that sealed"));
		start(EnrolmentModuleSupport.KEY).run((context) -> assertThat(context).hasNotFailed());
		start(OTHER_KEY).run((context) -> assertThat(context).hasFailed());
	}

	private ApplicationContextRunner start(String key) {
		return this.database.withUserConfiguration(KeyCheck.class)
			.withPropertyValues("cloakroom.enrolment.identity-key=" + key);
	}

	private static String latin1(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private static byte[] keyBytes() {
		return Base64.getDecoder().decode(EnrolmentModuleSupport.KEY);
	}

	@Configuration(proxyBeanMethods = false)
	@Import(IdentityKeyCheck.class)
	static class KeyCheck {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EnrolmentProperties.class)
	@Import(IdentityCipher.class)
	static class CipherOnly {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
		}

	}

}
