package org.cloakroom.kiosk.checkin;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cloakroom.kiosk.CloakroomApplication;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.locker.StorageEnd;
import org.cloakroom.kiosk.locker.StorageStage;
import org.cloakroom.kiosk.locker.Storages;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program stopped at the worst moments and started again over the same database file:
 * a new application context, as after a power cut.
 */
class RestartIT {

	@TempDir
	Path data;

	private final MutableClock clock = MutableClock.startingAt("2026-11-23T08:00:00Z");

	private ConfigurableApplicationContext running;

	@BeforeEach
	void start() {
		this.running = startProgram();
	}

	@AfterEach
	void stop() {
		this.running.close();
	}

	@Test
	void occupiedLockerComesBackOccupiedAndLocked() {
		CheckInView checkIn = storeAdasPixel();
		int locker = checkIn.storage().lockerId().value();

		restart();

		assertThat(bean(Lockers.class).get(LockerId.of(locker)).state()).isEqualTo(LockerState.STORED);
		assertThat(bean(SimulatedDoors.class).isUnlocked(locker)).isFalse();
		assertThat(bean(Storages.class).get(checkIn.storage().id()).stage()).isEqualTo(StorageStage.STORED);
		CollectionView collection = bean(Collections.class).start(Identification.read("100001"));
		assertThat(collection.lockerId().value()).isEqualTo(locker);
		assertThat(bean(AuditLog.class).verify().intact()).isTrue();
	}

	@Test
	void stopBetweenDoorOpenedAndClosedComesBackStoredAndLockedWithAnExplanation() {
		CheckInView checkIn = bean(CheckIns.class).store(adaAtTheDoor().id());
		int locker = checkIn.storage().lockerId().value();
		bean(SimulatedDoors.class).openDoor(locker);

		restart();

		assertThat(bean(Lockers.class).get(LockerId.of(locker)).state()).isEqualTo(LockerState.STORED);
		assertThat(bean(SimulatedDoors.class).isUnlocked(locker)).isFalse();
		assertThat(bean(Storages.class).get(checkIn.storage().id()).stage()).isEqualTo(StorageStage.STORED);
		assertThat(typesAbout("locker:" + locker)).contains("LockerRecoveredAtStartup");
		assertThat(typesAbout("employee:" + checkIn.employeeId())).contains("StorageSessionRecovered");
		assertThat(bean(AuditLog.class).verify().intact()).isTrue();
	}

	@Test
	void stopBeforeTheDoorWasOpenedComesBackFreeAndTheStorageAbandoned() {
		CheckInView checkIn = bean(CheckIns.class).store(adaAtTheDoor().id());
		int locker = checkIn.storage().lockerId().value();

		restart();

		assertThat(bean(Lockers.class).get(LockerId.of(locker)).state()).isEqualTo(LockerState.FREE);
		assertThat(bean(SimulatedDoors.class).isUnlocked(locker)).isFalse();
		assertThat(bean(Storages.class).get(checkIn.storage().id()).end()).isEqualTo(StorageEnd.ABANDONED);
		assertThat(typesAbout("employee:" + checkIn.employeeId())).contains("StorageSessionRecovered");
	}

	@Test
	void stopDuringACollectionComesBackOccupiedSoThePhoneIsNeverLeftInAFreeLocker() {
		CheckInView checkIn = storeAdasPixel();
		int locker = checkIn.storage().lockerId().value();
		bean(Collections.class).start(Identification.read("100001"));
		bean(SimulatedDoors.class).openDoor(locker);

		restart();

		assertThat(bean(Lockers.class).get(LockerId.of(locker)).state()).isEqualTo(LockerState.STORED);
		assertThat(bean(SimulatedDoors.class).isUnlocked(locker)).isFalse();
		assertThat(bean(Storages.class).get(checkIn.storage().id()).stage()).isEqualTo(StorageStage.STORED);
	}

	private CheckInView storeAdasPixel() {
		CheckInView checkIn = bean(CheckIns.class).store(adaAtTheDoor().id());
		int locker = checkIn.storage().lockerId().value();
		bean(SimulatedDoors.class).openDoor(locker);
		bean(SimulatedDoors.class).closeDoor(locker);
		assertThat(bean(Lockers.class).get(LockerId.of(locker)).state()).isEqualTo(LockerState.STORED);
		return bean(CheckIns.class).get(checkIn.id());
	}

	private CheckInView adaAtTheDoor() {
		new SimulationTestSupport(this.clock, bean(VirtualRadio.class)).walk("ada-pixel", VirtualPosition.AT_DOOR);
		return bean(CheckIns.class).start(Identification.read("100001"));
	}

	private void restart() {
		this.running.close();
		this.clock.advance(Duration.ofSeconds(5));
		this.running = startProgram();
	}

	private ConfigurableApplicationContext startProgram() {
		return new SpringApplicationBuilder(CloakroomApplication.class).profiles("simulation")
			.initializers(this::useTestClock)
			.run("--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("cloakroom") + ";WRITE_DELAY=0",
					"--server.port=0", "--cloakroom.scheduling.enabled=false",
					"--cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml",
					"--cloakroom.security.pin.hash-strength=4",
					// the kiosk's checkpoints outlive a restart, as its database does
					"--cloakroom.audit.checkpoint-dir=" + this.data.resolve("checkpoints"));
	}

	private void useTestClock(ConfigurableApplicationContext context) {
		((GenericApplicationContext) context).registerBean("testClock", Clock.class, () -> this.clock,
				definition -> definition.setPrimary(true));
	}

	private <T> T bean(Class<T> type) {
		return this.running.getBean(type);
	}

	private List<String> typesAbout(String subject) {
		return bean(AuditLog.class).about(subject, 500).stream().map(AuditEntry::type).toList();
	}

}
