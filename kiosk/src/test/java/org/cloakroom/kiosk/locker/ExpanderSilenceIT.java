package org.cloakroom.kiosk.locker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.pi4j.context.Context;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.locker.expander.ExpanderTestContexts;
import org.cloakroom.kiosk.locker.expander.Mcp23017Bus;
import org.cloakroom.kiosk.locker.expander.Mcp23017Model;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cloakroom.kiosk.locker.LockerWords.assertRefused;

/**
 * The east-wing bank ({@code firmware-config/lockers/east-wing-24.yaml}) on the expander
 * driver, as on a Pi with gpiod and linuxfs, with stand-ins for the hardware: Pi4J's mock
 * provider for the header's locks, and MCP23017 register models on a mock I2C bus for the
 * two expanders that carry the doors and the kiosk's own lines. Doors move on the models'
 * pins and reach the lockers through the driver's polling, debounce and listeners; then
 * an expander stops answering, and answers again after a power cut.
 */
@ApplicationModuleTest(extraIncludes = "wiring")
@TestPropertySource(properties = { "cloakroom.locker.gpio-provider=mock",
		"cloakroom.locker.wiring-file=../firmware-config/lockers/east-wing-24.yaml",
		"cloakroom.scheduling.enabled=false", "spring.modulith.moments.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1" })
class ExpanderSilenceIT {

	private static final Path EAST_WING = Path.of("../firmware-config/lockers/east-wing-24.yaml");

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	Lockers lockers;

	@Autowired
	Mcp23017Bus bus;

	@Autowired
	BeanFactory beans;

	@Autowired
	@Qualifier("gpioHealthIndicator")
	HealthIndicator health;

	@Test
	void doorsOnAnExpanderWorkAndASilentExpanderFaultsItsLockersUntilAnOfficerClearsThem(
			AssertablePublishedEvents events) {
		Mcp23017Model doorsA = this.bus.chip(1, 0x20);
		Mcp23017Model doorsB = this.bus.chip(1, 0x21);
		assertThat(this.lockers.all()).hasSize(24).allSatisfy((locker) -> {
			assertThat(locker.state()).isEqualTo(LockerState.FREE);
			assertThat(locker.doorOpen()).isFalse();
		});

		int stored = TestStorages.of(this.beans).reserveAny(21).id().value();
		assertThat(stored).isEqualTo(1);
		doorsA.pin(0, true); // locker 1's reed switch opens
		await().atMost(WAIT).until(() -> this.lockers.get(LockerId.of(1)).doorOpen());
		doorsA.pin(0, false);
		await().atMost(WAIT).until(() -> this.lockers.get(LockerId.of(1)).state() == LockerState.STORED);

		doorsB.silent(true);
		await().atMost(WAIT).until(() -> this.lockers.get(LockerId.of(24)).state() == LockerState.FAULT);

		List<LockerId> onDoorsB = IntStream.rangeClosed(17, 24).mapToObj(LockerId::of).toList();
		assertThat(onDoorsB).allSatisfy((id) -> {
			assertThat(this.lockers.get(id).state()).isEqualTo(LockerState.FAULT);
			assertThat(this.lockers.get(id).fault()).isEqualTo(LockerFault.CONTROLLER_SILENT);
		});
		assertThat(this.lockers.get(LockerId.of(1)).state()).as("doors-a answers").isEqualTo(LockerState.STORED);
		assertThat(events).contains(LockerControllerSilent.class)
			.matching(LockerControllerSilent::controller, "doors-b")
			.matching(LockerControllerSilent::kind, "expander")
			.matching(LockerControllerSilent::lockerIds, List.of(17, 18, 19, 20, 21, 22, 23, 24))
			.matching(LockerControllerSilent::kioskLines,
					List.of("area-door-release", "buzzer", "status-led", "enclosure-tamper", "fire-alarm"))
			.matching(LockerControllerSilent::fireAlarmUnwatched, true)
			.matching(LockerControllerSilent::areaDoorStuck, true)
			.matching(LockerControllerSilent::alert, true);
		assertThat(events.ofType(LockerControllerSilent.class).iterator().next().reason())
			.startsWith("no answer at I2C address 0x21 on /dev/i2c-1 after 3 tries");
		assertThat(events.ofType(EmergencyReleaseStarted.class)).as("a silence is no fire alarm").isEmpty();
		assertThat(this.health.health().getDetails().get("expanders"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(String.class, String.class))
			.containsEntry("doors-a", "answering at I2C address 0x20 on /dev/i2c-1")
			.hasEntrySatisfying("doors-b", (state) -> assertThat(state).startsWith("silent: no answer"));
		assertRefused(() -> this.lockers.clearFault(LockerId.of(17), "Olga", "looked"))
			.isEqualTo("Locker 17 cannot be cleared of a fault while the expander doors-b its lock or door is on "
					+ "does not answer: check its cable and power first");

		doorsB.powerOn(); // it lost power: every line an input again
		doorsB.silent(false);
		await().atMost(WAIT).until(() -> events.ofType(LockerControllerAnswering.class).iterator().hasNext());

		assertThat(events).contains(LockerControllerAnswering.class)
			.matching(LockerControllerAnswering::controller, "doors-b")
			.matching(LockerControllerAnswering::lockerIds, List.of(17, 18, 19, 20, 21, 22, 23, 24));
		assertThat(doorsB.register16(0x00)).as("set up again: lines 8 to 10 outputs").isEqualTo(0xF8FF);
		assertThat(doorsB.register16(0x0C)).as("pull-ups again").isEqualTo(0x18FF);
		assertThat(onDoorsB).as("still in FAULT until an officer clears each")
			.allSatisfy((id) -> assertThat(this.lockers.get(id).state()).isEqualTo(LockerState.FAULT));
		this.lockers.clearFault(LockerId.of(17), "Olga", "doors-b's cable re-seated, door checked");
		assertThat(this.lockers.get(LockerId.of(17)).state()).isEqualTo(LockerState.FREE);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Expanders {

		@Bean
		Mcp23017Bus mcp23017Bus() {
			Mcp23017Bus bus = new Mcp23017Bus();
			Map<Integer, Boolean> shut = new HashMap<>();
			IntStream.range(0, 16).forEach((line) -> shut.put(line, false));
			bus.holdFromStart(1, 0x20, shut);
			Map<Integer, Boolean> doorsAndKioskInputs = new HashMap<>();
			IntStream.range(0, 8).forEach((line) -> doorsAndKioskInputs.put(line, false));
			doorsAndKioskInputs.put(11, false); // enclosure shut
			doorsAndKioskInputs.put(12, false); // fire-alarm contact closed: no alarm
			bus.holdFromStart(1, 0x21, doorsAndKioskInputs);
			return bus;
		}

		/** Stands in for the gpiod context with linuxfs I2C that a Pi gets. */
		@Bean(destroyMethod = "shutdown")
		@Primary
		Context expanderGpioContext(Mcp23017Bus bus) {
			BankWiring wiring = WiringReader.read(EAST_WING);
			return ExpanderTestContexts.open(wiring.expanders(), bus, System::nanoTime);
		}

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2026-03-02T08:00:00Z");
		}

	}

}
