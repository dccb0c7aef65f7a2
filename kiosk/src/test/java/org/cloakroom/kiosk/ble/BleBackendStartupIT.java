package org.cloakroom.kiosk.ble;

import java.time.Clock;
import java.util.List;

import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Start-up refuses a backend this build lacks instead of falling back to another. */
class BleBackendStartupIT {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Collaborators.class, BleConfiguration.class);

	@Test
	void startsTheSimulatedBackendHoweverItsNameIsWritten() {
		this.runner.withUserConfiguration(SimulatorPackage.class)
			.withPropertyValues("cloakroom.ble.backend=SIMULATED")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(VirtualRadio.class);
				assertThat(context.getBean(BleScanner.class).backend()).isEqualTo("simulated");
			});
	}

	@Test
	void stopsStartUpWhenTheConfiguredBackendDoesNotExistYet() {
		this.runner.withPropertyValues("cloakroom.ble.backend=bluez-dbus").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("cloakroom.ble.backend is 'bluez-dbus'")
				.hasMessageContaining("real-BLE issue");
		});
	}

	@Test
	void stopsStartUpOnTheDefaultAutoBackendRatherThanSimulating() {
		this.runner.run((context) -> assertThat(context.getStartupFailure()).rootCause()
			.hasMessageContaining("cloakroom.ble.backend is 'auto'"));
	}

	@Test
	void refusesABackendNameThatDoesNotExistAtAll() {
		this.runner.withPropertyValues("cloakroom.ble.backend=bluetooth")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'cloakroom.ble.backend'"));
	}

	@Configuration(proxyBeanMethods = false)
	@ComponentScan("org.cloakroom.kiosk.ble.simulator")
	static class SimulatorPackage {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(BleProperties.class)
	static class Collaborators {

		@Bean
		EnrolledIdentities enrolledIdentities() {
			return List::of;
		}

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
