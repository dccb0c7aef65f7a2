package org.cloakroom.kiosk;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DatabaseLoginsTest {

	private static final String URL = "jdbc:h2:file:./data/cloakroom;WRITE_DELAY=0;TRACE_LEVEL_FILE=4";

	@TempDir
	Path secrets;

	@Test
	void theApplicationConnectsWithoutTheSettingsOnlyTheOwnerMayGive() {
		assertThat(OwnerSettings.withoutOwnerSettings(URL)).isEqualTo("jdbc:h2:file:./data/cloakroom");
		assertThat(
				OwnerSettings.withoutOwnerSettings("jdbc:h2:mem:x;db_close_delay=-1;LOCK_TIMEOUT=5000;IFEXISTS=TRUE"))
			.isEqualTo("jdbc:h2:mem:x;LOCK_TIMEOUT=5000;IFEXISTS=TRUE");
	}

	@Test
	void passwordsNotConfiguredAreSecretFilesCreatedOnceAndNamedAsTheirSource() {
		DatabaseLogins first = DatabaseLogins.of(dataSource(null), owner("sa", null), files());
		DatabaseLogins again = DatabaseLogins.of(dataSource(null), owner("sa", null), files());

		assertThat(first.owner().password()).isEqualTo(again.owner().password())
			.isNotEqualTo(first.application().password());
		assertThat(first.owner().source())
			.isEqualTo("the secret file " + this.secrets.resolve("database-owner.password"));
		assertThat(first.owner().url()).isEqualTo(URL);
		assertThat(first.application().url()).isEqualTo("jdbc:h2:file:./data/cloakroom");
	}

	@Test
	void aConfiguredPasswordWinsAndIsNamedByItsProperty() {
		DatabaseLogins logins = DatabaseLogins.of(dataSource("app-secret"), owner("sa", "owner-secret"), files());

		assertThat(logins.owner().password()).isEqualTo("owner-secret");
		assertThat(logins.owner().source()).isEqualTo("spring.flyway.password");
		assertThat(logins.application().source()).isEqualTo("spring.datasource.password");
		assertThat(logins.toString()).doesNotContain("owner-secret").doesNotContain("app-secret");
	}

	@Test
	void refusesAnApplicationThatWouldConnectAsTheOwner() {
		assertThatIllegalStateException()
			.isThrownBy(() -> DatabaseLogins.of(dataSource(null), owner("CLOAKROOM", null), files()))
			.withMessage("spring.datasource.username is the database's owner CLOAKROOM (spring.flyway.user): "
					+ "the application must connect as a user of its own");
	}

	private SecretFiles files() {
		return new SecretFiles(new SecretsProperties(this.secrets));
	}

	private static DataSourceProperties dataSource(String password) {
		DataSourceProperties properties = new DataSourceProperties();
		properties.setUrl(URL);
		properties.setUsername("cloakroom");
		properties.setPassword(password);
		return properties;
	}

	private static FlywayProperties owner(String user, String password) {
		FlywayProperties properties = new FlywayProperties();
		properties.setUser(user);
		properties.setPassword(password);
		return properties;
	}

}
