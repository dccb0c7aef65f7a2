package org.cloakroom.kiosk;

import org.flywaydb.core.Flyway;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Wires the two logins into Boot: the pool connects as the application's user
 * ({@link JdbcConnectionDetails}); before anything else, the owner opens the database
 * (upgrading one without a password), grants the application its rights, and Flyway
 * migrates on the owner's connection. An auto-configuration in the root package, not a
 * component of a module, so that every context Boot gives a database gets it: module
 * tests drop the beans of modules they do not bootstrap. It applies when
 * {@code spring.flyway.user} names an owner (application.yml does), at a door: the
 * central home uses the PostgreSQL logins it is given as Boot would (README, "A central
 * instance").
 */
@DoorHome
@AutoConfiguration(before = { DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class })
@ConditionalOnClass(Flyway.class)
@ConditionalOnProperty("spring.flyway.user")
@EnableConfigurationProperties({ DataSourceProperties.class, FlywayProperties.class, SecretsProperties.class })
class DatabaseLoginsConfiguration {

	@Bean
	DatabaseLogins databaseLogins(DataSourceProperties dataSource, FlywayProperties flyway, SecretsProperties secrets) {
		return DatabaseLogins.of(dataSource, flyway, new SecretFiles(secrets));
	}

	@Bean
	JdbcConnectionDetails applicationConnection(DatabaseLogins logins) {
		DatabaseLogin application = logins.application();
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return application.url();
			}

			@Override
			public String getUsername() {
				return application.user();
			}

			@Override
			public String getPassword() {
				return application.password();
			}

		};
	}

	@Bean
	FlywayConfigurationCustomizer migrateAsOwner(DatabaseOwner owner) {
		return (configuration) -> configuration.dataSource(owner.dataSource());
	}

	@Bean(destroyMethod = "close")
	DatabaseOwner databaseOwner(DatabaseLogins logins) {
		return DatabaseOwner.open(logins.owner());
	}

	@Bean
	FlywayMigrationStrategy grantThenMigrate(DatabaseOwner owner, DatabaseLogins logins) {
		return (flyway) -> {
			owner.grant(logins.application());
			flyway.migrate();
		};
	}

}
