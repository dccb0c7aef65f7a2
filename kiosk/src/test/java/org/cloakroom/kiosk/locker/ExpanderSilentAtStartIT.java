package org.cloakroom.kiosk.locker;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.cloakroom.kiosk.locker.expander.Mcp23017Model;
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
import static org.awaitility.Awaitility.await;

/**
 * The east-wing bank started while its expander doors-b does not answer (stand-ins as in
 * {@link ExpanderSilenceIT}): the kiosk starts, its lockers are in FAULT as silent from
 * the start (not as doors that read open), with the alert, and the other lockers work;
 * when it answers, it is told answering, then only the doors it finds open.
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

	@Autowired
	Mcp23017Bus bus;

	@Autowired
	LockerDoors lockerDoors;

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

	@Test
	void whenTheSilentExpanderAnswersItIsToldAnsweringThenOnlyTheDoorsReallyOpen() {
		this.lockerDoors.watchDoors(Instant.parse("2026-03-02T10:00:00Z"));
		assertThat(this.startup.events).as("doors nobody could read were not recorded open")
			.noneMatch(LockerDoorHeldOpen.class::isInstance);

		Mcp23017Model doorsB = this.bus.chip(1, 0x21);
		IntStream.range(0, 8).forEach((line) -> doorsB.pin(line, false)); // doors 17..24
																			// shut
		doorsB.pin(2, true); // but locker 19's, found open when the expander first
								// answers
		doorsB.pin(11, false); // enclosure shut
		doorsB.pin(12, false); // fire-alarm contact closed: no alarm
		doorsB.silent(false);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.startup.events.stream().anyMatch(LockerDoorOpened.class::isInstance));

		assertThat(this.startup.events)
			.as("the expander answers, then what it reads: door 19 open, no made-up closings")
			.filteredOn((event) -> event instanceof LockerControllerAnswering || event instanceof LockerDoorOpened
					|| event instanceof LockerDoorClosed)
			.extracting(ExpanderSilentAtStartIT::told)
			.containsExactly("doors-b answering [17, 18, 19, 20, 21, 22, 23, 24]", "door 19 opened in FAULT");
		assertThat(this.startup.events).noneMatch(LockerForced.class::isInstance)
			.noneMatch(LockerDoorHeldOpen.class::isInstance);
		assertThat(IntStream.rangeClosed(17, 24).mapToObj(LockerId::of))
			.as("still in FAULT until an officer clears each")
			.allSatisfy((id) -> assertThat(this.lockers.get(id).state()).isEqualTo(LockerState.FAULT));
		assertThat(IntStream.rangeClosed(17, 24).mapToObj(LockerId::of)).as("only door 19 recorded open")
			.allSatisfy((id) -> assertThat(this.lockers.get(id).doorOpen()).isEqualTo(id.value() == 19));
	}

	private static String told(Object event) {
		if (event instanceof LockerControllerAnswering answering) {
			return answering.controller() + " answering " + answering.lockerIds();
		}
		if (event instanceof LockerDoorOpened opened) {
			return "door " + opened.lockerId().value() + " opened in " + opened.state();
		}
		return "door " + ((LockerDoorClosed) event).lockerId().value() + " closed";
	}

	/** The events published from the kiosk's start on (those of the start first). */
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
