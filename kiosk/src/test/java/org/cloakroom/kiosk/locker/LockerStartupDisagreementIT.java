package org.cloakroom.kiosk.locker;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk starts while the hardware disagrees with the database (doors open, a tray
 * empty under a stored phone), as after tampering during a power cut: each such locker is
 * locked, put in FAULT with its session and reported with what an officer should do; a
 * FAULT survives the next restart.
 */
class LockerStartupDisagreementIT {

	/** What the hardware looks like before the kiosk starts reading it. */
	static volatile Consumer<SimulatedDoors> beforeStart = (doors) -> {
	};

	@TempDir
	Path directory;

	@Test
	void faultsEveryLockerWhoseSensorsDisagreeAndKeepsTheFaultsThroughTheNextRestart() {
		try (ConfigurableApplicationContext before = start()) {
			Lockers lockers = before.getBean(Lockers.class);
			SimulatedDoors doors = before.getBean(SimulatedDoors.class);
			for (long session = 601; session <= 602; session++) {
				int id = TestStorages.of(before).reserveAny(session).id().value();
				doors.openDoor(id);
				doors.closeDoor(id);
			}
			assertThat(lockers.get(LockerId.of(1)).state()).isEqualTo(LockerState.STORED);
			assertThat(lockers.get(LockerId.of(2)).state()).isEqualTo(LockerState.STORED);
		}

		beforeStart = (doors) -> {
			doors.openDoor(1);
			doors.setOccupied(2, false);
			doors.openDoor(3);
		};
		try (ConfigurableApplicationContext after = start()) {
			Lockers lockers = after.getBean(Lockers.class);
			SimulatedDoors doors = after.getBean(SimulatedDoors.class);
			assertThat(List.of(1, 2, 3)).allSatisfy((id) -> {
				assertThat(lockers.get(LockerId.of(id)).state()).isEqualTo(LockerState.FAULT);
				assertThat(lockers.get(LockerId.of(id)).fault()).isEqualTo(LockerFault.STARTUP_DISAGREEMENT);
				assertThat(doors.isUnlocked(id)).isFalse();
			});
			assertThat(lockers.get(LockerId.of(1)).storageId()).isEqualTo(StorageId.of(601));
			assertThat(lockers.get(LockerId.of(2)).storageId()).isEqualTo(StorageId.of(602));
			assertThat(lockers.get(LockerId.of(3)).storageId()).isNull();
			assertThat(lockers.get(LockerId.of(4)).state()).isEqualTo(LockerState.FREE);
			assertThat(after.getBean(Reports.class).of(LockerSensorsDisagreedAtStartup.class)).hasSize(3)
				.allSatisfy((event) -> {
					assertThat(event.alert()).isTrue();
					assertThat(LockerWords.of(event)).contains("clear the fault");
				})
				.anySatisfy((event) -> {
					assertThat(event.lockerId()).isEqualTo(LockerId.of(2));
					assertThat(event.occupied()).isFalse();
					assertThat(LockerWords.of(event)).contains("empty tray");
				});
		}

		beforeStart = (doors) -> {
		};
		try (ConfigurableApplicationContext again = start()) {
			assertThat(again.getBean(Lockers.class).get(LockerId.of(3)).state()).isEqualTo(LockerState.FAULT);
			assertThat(again.getBean(Reports.class).of(LockerRecoveredAtStartup.class)).hasSize(3)
				.allSatisfy((event) -> assertThat(LockerWords.of(event)).contains("Still in FAULT"));
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

		@Bean
		Reports reports() {
			return new Reports();
		}

		@Bean
		SmartLifecycle hardwareBeforeStart(SimulatedDoors doors) {
			return new HardwareBeforeStart(doors);
		}

	}

	static class Reports {

		final List<AuditableEvent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(AuditableEvent event) {
			this.events.add(event);
		}

		<T> List<T> of(Class<T> type) {
			return this.events.stream().filter(type::isInstance).map(type::cast).toList();
		}

	}

	/** Moves the mock inputs before the locker module starts listening to them. */
	static final class HardwareBeforeStart implements SmartLifecycle {

		private final SimulatedDoors doors;

		private volatile boolean running;

		HardwareBeforeStart(SimulatedDoors doors) {
			this.doors = doors;
		}

		@Override
		public void start() {
			beforeStart.accept(this.doors);
			this.running = true;
		}

		@Override
		public void stop() {
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return -100;
		}

	}

}
