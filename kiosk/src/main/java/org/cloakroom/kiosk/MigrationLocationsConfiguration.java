package org.cloakroom.kiosk;

import org.flywaydb.core.Flyway;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Gives Flyway the migrations of the database in use ({@link MigrationLocations}), told
 * from its JDBC URL. Not Boot's {@code {vendor}} placeholder: that asks a connection, and
 * on a kiosk the first connection to a new H2 file would make the application's user its
 * administrator before the owner ever opened it.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass(Flyway.class)
class MigrationLocationsConfiguration {

	@Bean
	FlywayConfigurationCustomizer migrationsOfTheDatabase(Environment environment) {
		return (configuration) -> {
			String url = environment.getProperty("spring.flyway.url", environment.getProperty("spring.datasource.url"));
			configuration.locations(MigrationLocations.of(vendorOf(url)));
		};
	}

	static String vendorOf(String url) {
		return (DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL) ? MigrationLocations.POSTGRESQL
				: MigrationLocations.H2;
	}

}
