package org.cloakroom.kiosk;

import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.util.StringUtils;

/**
 * The two logins: the owner ({@code spring.flyway.user}, an H2 administrator) migrates
 * and administers users; the application ({@code spring.datasource.username}) reads and
 * writes rows and nothing else. A password not given by configuration is a secret file,
 * created on first start.
 *
 * @param owner the database's owner, connecting with the configured URL
 * @param application the application's pool user, connecting without the owner's settings
 */
record DatabaseLogins(DatabaseLogin owner, DatabaseLogin application) {

	static final String OWNER_PASSWORD_FILE = "database-owner.password";

	static final String APPLICATION_PASSWORD_FILE = "database-app.password";

	DatabaseLogins {
		if (owner.user().equalsIgnoreCase(application.user())) {
			throw new IllegalStateException("spring.datasource.username is the database's owner " + owner.user()
					+ " (spring.flyway.user): the application must connect as a user of its own");
		}
	}

	static DatabaseLogins of(DataSourceProperties dataSource, FlywayProperties flyway, SecretFiles secrets) {
		String url = dataSource.determineUrl();
		return new DatabaseLogins(
				login(url, flyway.getUser(), flyway.getPassword(), "spring.flyway.password", OWNER_PASSWORD_FILE,
						secrets),
				login(OwnerSettings.withoutOwnerSettings(url), dataSource.getUsername(), dataSource.getPassword(),
						"spring.datasource.password", APPLICATION_PASSWORD_FILE, secrets));
	}

	private static DatabaseLogin login(String url, String user, String configured, String property, String file,
			SecretFiles secrets) {
		if (StringUtils.hasText(configured)) {
			return new DatabaseLogin(url, user, configured, property);
		}
		return new DatabaseLogin(url, user, secrets.readOrCreate(file, () -> SecretFiles.randomToken(32)),
				"the secret file " + secrets.path(file));
	}

}
