package org.cloakroom.kiosk.home;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cloakroom.home} is one of the three homes, the kiosk when not set; a misspelt
 * one stops the start rather than run a door's modules where central was meant.
 */
class HomePropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Properties.class);

	@Test
	void theKioskByDefaultAndEachHomeByItsName() {
		this.runner.run((context) -> assertThat(context.getBean(HomeProperties.class).home())
			.isEqualTo(HomeProperties.Home.KIOSK));
		this.runner.withPropertyValues("cloakroom.home=central")
			.run((context) -> assertThat(context.getBean(HomeProperties.class).home())
				.isEqualTo(HomeProperties.Home.CENTRAL));
		this.runner.withPropertyValues("cloakroom.home=simulation")
			.run((context) -> assertThat(context.getBean(HomeProperties.class).home())
				.isEqualTo(HomeProperties.Home.SIMULATION));
	}

	@Test
	void aMisspeltHomeStopsTheStartNamingTheProperty() {
		this.runner.withPropertyValues("cloakroom.home=centrl")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'cloakroom.home'")
				.rootCause()
				.hasMessageContaining("centrl"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(HomeProperties.class)
	static class Properties {

	}

}
