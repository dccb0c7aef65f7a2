package org.cloakroom.kiosk.locker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import com.pi4j.context.Context;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.locker.expander.ExpanderTestContexts;
import org.cloakroom.kiosk.locker.expander.Mcp23017Bus;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The east-wing bank started while its expander doors-b does not answer (stand-ins as in
 * {@link ExpanderSilenceIT}): the kiosk starts, its lockers are in FAULT as silent from
 * the start (not as doors that read open), with the alert, and the other lockers work.
 */
@ApplicationModuleTest(extraIncludes = "wiring")
@TestPropertySource(properties = { "cloakroom.locker.gpio-provider=mock",
		"cloakroom.locker.wiring-file=../firmware-config/lockers/east-wing-24.yaml",
		"cloakroom.scheduling.enabled=false", "spring.modulith.moments.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1" })
class ExpanderSilentAtStartIT {

	@Autowired
	Lockers lockers;

	@Autowired
	StartupEvents startup;

	@Test
	void startsWithTheSilentExpandersLockersInFaultAndTheOthersFree() {
		assertThat(IntStream.rangeClosed(17, 24).mapToObj(LockerId::of)).allSatisfy((id) -> {
			assertThat(this.lockers.get(id).state()).isEqualTo(LockerState.FAULT);
			assertThat(this.lockers.get(id).fault()).isEqualTo(LockerFault.CONTROLLER_SILENT);
		});
		assertThat(IntStream.rangeClosed(1, 16).mapToObj(LockerId::of))
			.allSatisfy((id) -> assertThat(this.lockers.get(id).state()).isEqualTo(LockerState.FREE));
		assertThat(this.startup.events).filteredOn(LockerControllerSilent.class::isInstance)
			.singleElement()
			.satisfies((event) -> {
				LockerControllerSilent silent = (LockerControllerSilent) event;
				assertThat(silent.controller()).isEqualTo("doors-b");
				assertThat(silent.lockerIds()).isEqualTo(List.of(17, 18, 19, 20, 21, 22, 23, 24));
				assertThat(silent.reason()).startsWith("no answer at I2C address 0x21 on /dev/i2c-1");
			});
		assertThat(this.startup.events).noneMatch(LockerSensorsDisagreedAtStartup.class::isInstance);
	}

	/** The events published while the kiosk started, before any test method ran. */
	static class StartupEvents {

		final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(AuditableEvent event) {
			this.events.add(event);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Expanders {

		@Bean
		StartupEvents startupEvents() {
			return new StartupEvents();
		}

		@Bean
		Mcp23017Bus mcp23017Bus() {
			Mcp23017Bus bus = new Mcp23017Bus();
			Map<Integer, Boolean> shut = new HashMap<>();
			IntStream.range(0, 16).forEach((line) -> shut.put(line, false));
			bus.holdFromStart(1, 0x20, shut);
			bus.silentFromStart(1, 0x21);
			return bus;
		}

		/** Stands in for the gpiod context with linuxfs I2C that a Pi gets. */
		@Bean(destroyMethod = "shutdown")
		@Primary
		Context expanderGpioContext(Mcp23017Bus bus) {
			return ExpanderTestContexts.open(
					WiringReader.read(Path.of("../firmware-config/lockers/east-wing-24.yaml")).expanders(), bus,
					System::nanoTime);
		}

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2026-03-02T08:00:00Z");
		}

	}

}
