package org.cloakroom.kiosk.locker;

import java.nio.file.Path;
import java.util.stream.IntStream;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The locker module stopped during an emergency release and started again over the same
 * H2 file, as after a power cut in a fire: it comes back in the release, every lock and
 * the area door let go, the storage still recorded; the return to normal then locks them.
 */
class EmergencyRestartIT {

	@TempDir
	Path directory;

	@Test
	void comesBackInTheEmergencyReleaseAndLocksOnlyWhenAnAdminReturnsToNormal() {
		int stored;
		try (ConfigurableApplicationContext before = start()) {
			SimulatedDoors doors = before.getBean(SimulatedDoors.class);
			stored = TestStorages.of(before).reserveAny(601).id().value();
			doors.openDoor(stored);
			doors.closeDoor(stored);
			assertThat(before.getBean(Lockers.class).get(LockerId.of(stored)).state()).isEqualTo(LockerState.STORED);
			before.getBean(EmergencyRelease.class).openEverything("dana", "smoke in the corridor");
			assertThat(doors.isUnlocked(stored)).isTrue();
		}

		try (ConfigurableApplicationContext after = start()) {
			SimulatedDoors doors = after.getBean(SimulatedDoors.class);
			EmergencyRelease emergency = after.getBean(EmergencyRelease.class);
			Lockers lockers = after.getBean(Lockers.class);
			assertThat(emergency.current()).hasValueSatisfying((view) -> {
				assertThat(view.by()).isEqualTo("dana");
				assertThat(view.reason()).isEqualTo("smoke in the corridor");
			});
			assertThat(IntStream.rangeClosed(1, 12)).allSatisfy(
					(locker) -> assertThat(doors.isUnlocked(locker)).as("locker %d let go after the restart", locker)
						.isTrue());
			assertThat(doors.isAreaDoorHeldReleased()).isTrue();
			assertThat(lockers.get(LockerId.of(stored)).state()).isEqualTo(LockerState.STORED);
			assertThat(lockers.get(LockerId.of(stored)).storageId()).isEqualTo(StorageId.of(601));

			emergency.returnToNormal("dana", "all clear");

			assertThat(emergency.current()).isEmpty();
			assertThat(IntStream.rangeClosed(1, 12)).allSatisfy((locker) -> assertThat(doors.isUnlocked(locker))
				.as("locker %d locked after the return to normal", locker)
				.isFalse());
			assertThat(doors.isAreaDoorHeldReleased()).isFalse();
			assertThat(lockers.get(LockerId.of(stored)).storageId()).isEqualTo(StorageId.of(601));
		}

		try (ConfigurableApplicationContext again = start()) {
			assertThat(again.getBean(EmergencyRelease.class).current()).isEmpty();
			assertThat(again.getBean(SimulatedDoors.class).isUnlocked(stored)).isFalse();
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LockerOnly.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("db") + ";WRITE_DELAY=0",
					"--cloakroom.locker.gpio-provider=mock",
					"--cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml",
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

	}

}
