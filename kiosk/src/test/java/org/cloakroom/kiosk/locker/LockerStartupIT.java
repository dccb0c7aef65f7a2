package org.cloakroom.kiosk.locker;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Starts the locker module as an application: stopped mid-transition and started again
 * over the same H2 file, as after a power cut, and refused with a broken wiring file.
 */
class LockerStartupIT {

	@TempDir
	Path directory;

	@Test
	void comesBackStoredAndLockedAfterAStopWithTheDoorOpenedOrMidCollection() {
		int deposit;
		int collection;
		try (ConfigurableApplicationContext before = start()) {
			Lockers lockers = before.getBean(Lockers.class);
			SimulatedDoors doors = before.getBean(SimulatedDoors.class);
			deposit = TestStorages.of(before).reserveAny(501).id().value();
			doors.openDoor(deposit);
			collection = TestStorages.of(before).reserveAny(502).id().value();
			doors.openDoor(collection);
			doors.closeDoor(collection);
			TestStorages.of(before).release(collection, 502);
		}

		try (ConfigurableApplicationContext after = start()) {
			Lockers lockers = after.getBean(Lockers.class);
			SimulatedDoors doors = after.getBean(SimulatedDoors.class);
			assertThat(lockers.get(LockerId.of(deposit)).state()).isEqualTo(LockerState.STORED);
			assertThat(lockers.get(LockerId.of(deposit)).storageId()).isEqualTo(StorageId.of(501));
			assertThat(doors.isUnlocked(deposit)).isFalse();
			assertThat(lockers.get(LockerId.of(collection)).state()).isEqualTo(LockerState.STORED);
			assertThat(lockers.get(LockerId.of(collection)).storageId()).isEqualTo(StorageId.of(502));
			assertThat(doors.isUnlocked(collection)).isFalse();
			assertThat(after.getBean(Recoveries.class).events)
				.extracting(LockerRecoveredAtStartup::lockerId, LockerRecoveredAtStartup::before,
						LockerRecoveredAtStartup::after)
				.containsExactly(tuple(LockerId.of(deposit), LockerState.STORING, LockerState.STORED),
						tuple(LockerId.of(collection), LockerState.COLLECTING, LockerState.STORED));
		}
	}

	@Test
	void comesBackFreeAndLockedAfterAStopBeforeTheDoorOpened() {
		int id;
		try (ConfigurableApplicationContext before = start()) {
			id = TestStorages.of(before).reserveAny(503).id().value();
			assertThat(before.getBean(SimulatedDoors.class).isUnlocked(id)).isTrue();
		}

		try (ConfigurableApplicationContext after = start()) {
			assertThat(after.getBean(Lockers.class).get(LockerId.of(id)).state()).isEqualTo(LockerState.FREE);
			assertThat(after.getBean(Lockers.class).get(LockerId.of(id)).storageId()).isNull();
			assertThat(after.getBean(SimulatedDoors.class).isUnlocked(id)).isFalse();
			assertThat(after.getBean(Recoveries.class).events).singleElement().satisfies((event) -> {
				assertThat(event.lockerId()).isEqualTo(LockerId.of(id));
				assertThat(event.after()).isEqualTo(LockerState.FREE);
				assertThat(event.storageId()).isEqualTo(StorageId.of(503));
			});
		}
	}

	@Test
	void refusesToStartWithABrokenWiringFileNamingFileLineAndField() {
		assertThatException().isThrownBy(() -> start("src/test/resources/locker/duplicate-id.yaml"))
			.havingCause()
			.satisfies((ex) -> assertThat(ex).hasStackTraceContaining("WiringException: Locker wiring file "
					+ "src/test/resources/locker/duplicate-id.yaml line 9, field lockers[1].id: locker id 1 is used twice"));
	}

	private ConfigurableApplicationContext start() {
		return start("../firmware-config/lockers/demo.yaml");
	}

	private ConfigurableApplicationContext start(String wiringFile) {
		return new SpringApplicationBuilder(LockerOnly.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("db") + ";WRITE_DELAY=0",
					"--cloakroom.locker.gpio-provider=mock", "--cloakroom.locker.wiring-file=" + wiringFile,
					"--cloakroom.scheduling.enabled=false", "--spring.modulith.moments.enabled=false");
	}

	/** The locker module alone, without the test classes beside it. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@ConfigurationPropertiesScan(basePackageClasses = Lockers.class)
	@ComponentScan(basePackageClasses = Lockers.class,
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*(Test|IT)(\\$.*)?"))
	static class LockerOnly {

		@Bean
		MutableClock clock() {
			return MutableClock.startingAt("2026-03-02T08:00:00Z");
		}

		@Bean
		Recoveries recoveries() {
			return new Recoveries();
		}

	}

	static class Recoveries {

		final List<LockerRecoveredAtStartup> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(LockerRecoveredAtStartup event) {
			this.events.add(event);
		}

	}

}
