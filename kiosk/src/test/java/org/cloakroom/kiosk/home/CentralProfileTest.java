package org.cloakroom.kiosk.home;

import org.junit.jupiter.api.Test;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profiles of application.yml say their home: {@code central} on PostgreSQL with one
 * login for the pool and Flyway, {@code simulation} and {@code kiosk} at a door.
 */
class CentralProfileTest {

	@Test
	void theCentralProfileIsTheCentralHomeOnPostgresqlWithOneLogin() {
		StandardEnvironment environment = withProfile("central");

		assertThat(environment.getProperty("cloakroom.home")).isEqualTo("central");
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://localhost:5432/cloakroom");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("cloakroom");
		assertThat(environment.getProperty("spring.flyway.user")).isEqualTo("cloakroom");
	}

	@Test
	void theDoorProfilesSayTheirHomes() {
		assertThat(withProfile("simulation").getProperty("cloakroom.home")).isEqualTo("simulation");
		assertThat(withProfile("kiosk").getProperty("cloakroom.home")).isEqualTo("kiosk");
	}

	private static StandardEnvironment withProfile(String profile) {
		StandardEnvironment environment = new StandardEnvironment();
		ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(),
				new DefaultBootstrapContext(), profile);
		return environment;
	}

}
