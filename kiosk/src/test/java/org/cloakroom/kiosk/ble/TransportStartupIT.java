package org.cloakroom.kiosk.ble;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.ble.transport.AdapterHealth;
import org.cloakroom.kiosk.ble.transport.Transport;
import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

/**
 * Start-up refuses a backend that cannot scan here instead of falling back to another.
 * The D-Bus address points nowhere, and TinyB is replaced by one that does not work, so
 * these run the same on machines with and without a system bus.
 */
class TransportStartupIT {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withAllowBeanDefinitionOverriding(true)
		.withUserConfiguration(Collaborators.class, BleConfiguration.class, BleHealthIndicator.class, NoTinyb.class)
		.withPropertyValues("cloakroom.ble.radio.bus-address=unix:path=/nonexistent/cloakroom-test-bus");

	@Test
	void startsTheSimulatedBackendHoweverItsNameIsWritten() {
		this.runner.withUserConfiguration(SimulatedPackage.class)
			.withPropertyValues("cloakroom.ble.backend=SIMULATED")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(VirtualRadio.class);
				assertThat(context.getBean(BleScanner.class).transportName()).isEqualTo("simulated");
			});
	}

	@Test
	void stopsStartUpWhenTheConfiguredBackendCannotReachTheSystemBus() {
		this.runner.withPropertyValues("cloakroom.ble.backend=bluez-dbus").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("cloakroom.ble.backend is 'bluez-dbus', but it cannot scan on this machine")
				.hasMessageContaining("/nonexistent/cloakroom-test-bus");
		});
	}

	@Test
	void stopsStartUpOnTheDefaultAutoBackendSayingWhatItTriedRatherThanSimulating() {
		this.runner.run((context) -> assertThat(context.getStartupFailure()).rootCause()
			.hasMessageContaining("cloakroom.ble.backend is 'auto'")
			.hasMessageContaining("bluez-dbus: cannot connect to the D-Bus system bus")
			.hasMessageContaining("tinyb: no TinyB in this test")
			.hasMessageContaining("never falls back"));
	}

	@Test
	void anAdapterPlacedInsideListensPassivelyAndTheHealthSaysSoPerAdapter() throws Exception {
		try (BluezStandIn bluez = BluezStandIn.start()) {
			bluez.addAdapter("hci0");
			bluez.addAdapter("hci1");
			bluez.addMonitorManager("hci1", "or_patterns");
			this.runner
				.withPropertyValues("cloakroom.ble.backend=bluez-dbus", "cloakroom.ble.radio.check-interval=200ms",
						"cloakroom.ble.radio.bus-address=" + bluez.address(), "cloakroom.ble.adapters.hci0=door",
						"cloakroom.ble.adapters.hci1=inside")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					BleScanner scanner = context.getBean(BleScanner.class);
					scanner.start();
					await().atMost(Duration.ofSeconds(10))
						.untilAsserted(() -> assertThat(context.getBean(BleHealthIndicator.class).health().getDetails())
							.containsEntry("transport", "scanning on hci0, hci1 (passive)")
							.containsEntry("adapters", Map.of("hci0", Map.of("scanning", "active"), "hci1",
									Map.of("scanning", "passive"))));
					assertThat(bluez.adapterCalls("hci1", "StartDiscovery")).isZero();
					assertThat(bluez.registeredMonitors("hci1")).hasSize(1);
					scanner.stop();
				});
		}
	}

	@Test
	void listenOnlyMakesEveryAdapterPassiveAndRefusesThoseWithoutTheMonitorManager() throws Exception {
		try (BluezStandIn bluez = BluezStandIn.start()) {
			bluez.addAdapter("hci0");
			this.runner
				.withPropertyValues("cloakroom.ble.backend=bluez-dbus", "cloakroom.ble.radio.check-interval=200ms",
						"cloakroom.ble.radio.bus-address=" + bluez.address(), "cloakroom.ble.radio.listen-only=true",
						"cloakroom.ble.adapters.hci0=door")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					BleScanner scanner = context.getBean(BleScanner.class);
					scanner.start();
					await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
						Health health = context.getBean(BleHealthIndicator.class).health();
						assertThat(health.getStatus()).isEqualTo(Status.DOWN);
						assertThat((String) health.getDetails().get("transport")).startsWith(
								"no adapter is scanning (hci0: cloakroom.ble.radio.listen-only is on, so it may only "
										+ "listen, but BlueZ offers no org.bluez.AdvertisementMonitorManager1 on it");
						assertThat(health.getDetails().get("adapters")).asInstanceOf(InstanceOfAssertFactories.MAP)
							.extractingByKey("hci0")
							.asInstanceOf(InstanceOfAssertFactories.MAP)
							.containsEntry("scanning", AdapterHealth.NONE);
					});
					assertThat(bluez.adapterCalls("hci0", "StartDiscovery")).isZero();
					scanner.stop();
				});
		}
	}

	@Test
	void aListenOnlyValueThatIsNotABooleanStopsStartUpNamingTheProperty() {
		this.runner.withPropertyValues("cloakroom.ble.backend=simulated", "cloakroom.ble.radio.listen-only=sometimes")
			.withUserConfiguration(SimulatedPackage.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasStackTraceContaining("cloakroom.ble.radio.listen-only")
					.hasStackTraceContaining("sometimes");
			});
	}

	@Test
	void startsBluezDbusOnAStandInBusAndReportsItsHealth() throws Exception {
		try (BluezStandIn bluez = BluezStandIn.start()) {
			bluez.addAdapter("hci0");
			this.runner
				.withPropertyValues("cloakroom.ble.backend=auto", "cloakroom.ble.radio.check-interval=200ms",
						"cloakroom.ble.radio.bus-address=" + bluez.address())
				.run((context) -> {
					assertThat(context).hasNotFailed();
					BleScanner scanner = context.getBean(BleScanner.class);
					assertThat(scanner.transportName()).isEqualTo("bluez-dbus");
					scanner.start();
					await().atMost(Duration.ofSeconds(10))
						.untilAsserted(() -> assertThat(scanner.health()).isEqualTo(new TransportHealth(true,
								"scanning on hci0", Map.of("hci0", AdapterHealth.scanning(AdapterHealth.ACTIVE)))));
					bluez.removeAdapter("hci0");
					await().atMost(Duration.ofSeconds(10))
						.untilAsserted(() -> assertThat(scanner.health().scanning()).isFalse());
					Health health = context.getBean(BleHealthIndicator.class).health();
					assertThat(health.getStatus()).isEqualTo(Status.DOWN);
					assertThat(health.getDetails()).containsEntry("backend", "bluez-dbus")
						.containsEntry("transport", "org.bluez has no Bluetooth adapter");
					bluez.addAdapter("hci0");
					await().atMost(Duration.ofSeconds(10))
						.untilAsserted(() -> assertThat(context.getBean(BleHealthIndicator.class).health().getStatus())
							.isEqualTo(Status.UP));
					scanner.stop();
				});
		}
	}

	@Test
	void refusesABackendNameThatDoesNotExistAtAll() {
		this.runner.withPropertyValues("cloakroom.ble.backend=bluetooth")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'cloakroom.ble.backend'"));
	}

	@Configuration(proxyBeanMethods = false)
	@ComponentScan("org.cloakroom.kiosk.ble.simulated")
	static class SimulatedPackage {

	}

	@Configuration(proxyBeanMethods = false)
	static class NoTinyb {

		@Bean
		Transport tinybTransport() {
			return FakeTransport.broken("tinyb", "no TinyB in this test");
		}

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
