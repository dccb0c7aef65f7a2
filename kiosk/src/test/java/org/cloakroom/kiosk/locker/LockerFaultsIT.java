package org.cloakroom.kiosk.locker;

import java.time.Duration;

import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.locker.LockerWords.assertRefused;

/**
 * Every locker fault through Pi4J's mock provider: the test drives the mock inputs, the
 * real listeners fire, and time comes from a clock the test moves. The bank is
 * {@code kiosk-io.yaml}: locker 1 holds its lock and has a tray switch, locker 2 pulses;
 * a buzzer and an area-door release are wired. The tests share the bank, and each leaves
 * every locker free, closed and locked.
 */
@ApplicationModuleTest(extraIncludes = "wiring")
@TestPropertySource(properties = { "cloakroom.locker.gpio-provider=mock",
		"cloakroom.locker.wiring-file=src/test/resources/wiring/kiosk-io.yaml", "cloakroom.scheduling.enabled=false",
		"cloakroom.locker.flap-changes=4", "cloakroom.locker.flap-window=10s", "spring.modulith.moments.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1" })
class LockerFaultsIT {

	@Autowired
	Lockers lockers;

	@Autowired
	LockerDoors lockerDoors;

	@Autowired
	BeanFactory beans;

	@Autowired
	SimulatedDoors doors;

	@Autowired
	MutableClock clock;

	@Test
	void faultsAFreeLockerWhoseDoorIsForcedAndNeverReservesItUntilAnOfficerClearsIt(AssertablePublishedEvents events) {
		this.doors.openDoor(1);

		assertThat(this.lockers.get(LockerId.of(1)).state()).isEqualTo(LockerState.FAULT);
		assertThat(this.lockers.get(LockerId.of(1)).fault()).isEqualTo(LockerFault.FORCED);
		assertThat(this.doors.isUnlocked(1)).isFalse();
		assertThat(events).contains(LockerForced.class)
			.matching(LockerForced::before, LockerState.FREE)
			.matching(LockerForced::alert, true);
		assertThat(storing().reserveAny(5).id()).as("the faulty locker is skipped").isEqualTo(LockerId.of(2));
		assertRefused(() -> this.lockers.clearFault(LockerId.of(1), "Olga", "checked"))
			.isEqualTo("Locker 1 cannot be cleared of a fault while its door reads open: close it first");

		this.doors.closeDoor(1);
		this.lockers.clearFault(LockerId.of(1), "Olga", "nothing inside, strike re-aligned");

		assertThat(this.lockers.get(LockerId.of(1)).state()).isEqualTo(LockerState.FREE);
		assertThat(events).contains(LockerFaultCleared.class)
			.matching(LockerFaultCleared::by, "Olga")
			.matching(LockerFaultCleared::fault, LockerFault.FORCED);
	}

	@Test
	void alertsOnADoorHeldOpenThenEscalatesWithTheBuzzerOnUntilItCloses(AssertablePublishedEvents events) {
		int id = storing().reserveAny(6).id().value();
		this.doors.openDoor(id);

		this.clock.advance(Duration.ofSeconds(29));
		this.lockerDoors.watchDoors(this.clock.instant());
		assertThat(events.ofType(LockerDoorHeldOpen.class)).isEmpty();
		assertThat(this.doors.isBuzzerOn()).isFalse();

		this.clock.advance(Duration.ofSeconds(1));
		this.lockerDoors.watchDoors(this.clock.instant());
		assertThat(events).contains(LockerDoorHeldOpen.class)
			.matching(LockerDoorHeldOpen::lockerId, LockerId.of(id))
			.matching(LockerDoorHeldOpen::alert, true);
		assertThat(this.doors.isBuzzerOn()).isTrue();
		assertThat(events.ofType(LockerDoorHeldOpenEscalated.class)).isEmpty();

		this.clock.advance(Duration.ofSeconds(60));
		this.lockerDoors.watchDoors(this.clock.instant());
		assertThat(events).contains(LockerDoorHeldOpenEscalated.class)
			.matching(LockerDoorHeldOpenEscalated::alert, true);

		this.doors.closeDoor(id);
		assertThat(this.doors.isBuzzerOn()).isFalse();
		assertThat(this.lockers.get(LockerId.of(id)).state()).isEqualTo(LockerState.STORED);
	}

	@Test
	void relocksAndFreesAStoringNeverOpenedAndRelocksACollectionNeverOpenedStillStored(
			AssertablePublishedEvents events) {
		int reserved = storing().reserveAny(7).id().value();
		int collected = deposit(2, 8);
		storing().release(collected, 8);
		assertThat(this.doors.isUnlocked(reserved)).isTrue();

		this.clock.advance(Duration.ofSeconds(60));
		this.lockerDoors.expireDeadlines(this.clock.instant());

		assertThat(this.lockers.get(LockerId.of(reserved)).state()).isEqualTo(LockerState.FREE);
		assertThat(this.doors.isUnlocked(reserved)).isFalse();
		assertThat(this.lockers.get(LockerId.of(collected)).state()).isEqualTo(LockerState.STORED);
		assertThat(this.lockers.get(LockerId.of(collected)).storageId()).isEqualTo(StorageId.of(8));
		assertThat(this.doors.isUnlocked(collected)).isFalse();
		assertThat(events).contains(LockerReservationExpired.class)
			.matching(LockerReservationExpired::storageId, StorageId.of(7));
		assertThat(events).contains(LockerReleaseExpired.class)
			.matching(LockerReleaseExpired::storageId, StorageId.of(8));
	}

	@Test
	void asksAgainWhenTheDoorClosesOnAnEmptyTrayAndCompletesWhenThePhoneIsIn(AssertablePublishedEvents events) {
		assertThat(storing().reserveAny(9).id()).isEqualTo(LockerId.of(1));
		this.doors.setOccupied(1, false);
		this.doors.openDoor(1);
		this.doors.closeDoor(1);

		assertThat(this.lockers.get(LockerId.of(1)).state()).isEqualTo(LockerState.STORING);
		assertThat(this.lockers.get(LockerId.of(1)).emptyCloses()).isEqualTo(1);
		assertThat(this.doors.isUnlocked(1)).as("unlocked again for another try").isTrue();
		assertThat(events).contains(LockerClosedEmpty.class)
			.matching(LockerClosedEmpty::attempt, 1)
			.matching(LockerClosedEmpty::attemptsLeft, 2);
		assertThat(events.ofType(LockerOccupied.class)).isEmpty();

		this.clock.advance(Duration.ofSeconds(11));
		this.doors.openDoor(1);
		this.doors.setOccupied(1, true);
		this.doors.closeDoor(1);

		assertThat(this.lockers.get(LockerId.of(1)).state()).isEqualTo(LockerState.STORED);
		assertThat(this.doors.isUnlocked(1)).isFalse();
		assertThat(events).contains(LockerOccupied.class).matching(LockerOccupied::storageId, StorageId.of(9));
	}

	@Test
	void givesUpADepositAfterThreeEmptyClosesLockedAndFree(AssertablePublishedEvents events) {
		storing().reserveAny(10);
		this.doors.setOccupied(1, false);
		for (int attempt = 1; attempt <= 3; attempt++) {
			this.clock.advance(Duration.ofSeconds(11));
			this.doors.openDoor(1);
			this.doors.closeDoor(1);
		}

		assertThat(this.lockers.get(LockerId.of(1)).state()).isEqualTo(LockerState.FREE);
		assertThat(this.doors.isUnlocked(1)).isFalse();
		assertThat(events).contains(LockerDepositNotConfirmed.class)
			.matching(LockerDepositNotConfirmed::storageId, StorageId.of(10))
			.matching(LockerDepositNotConfirmed::emptyCloses, 3)
			.matching(LockerDepositNotConfirmed::alert, true);
	}

	@Test
	void faultsALockerWhoseDoorSensorFlapsKeepingItsSessionAndLocked(AssertablePublishedEvents events) {
		storing().reserveAny(11);
		this.doors.setOccupied(1, false);
		this.doors.openDoor(1);
		this.doors.closeDoor(1);
		this.doors.openDoor(1);
		this.doors.closeDoor(1);

		LockerView locker = this.lockers.get(LockerId.of(1));
		assertThat(locker.state()).isEqualTo(LockerState.FAULT);
		assertThat(locker.fault()).isEqualTo(LockerFault.FLAPPING);
		assertThat(locker.storageId()).isEqualTo(StorageId.of(11));
		assertThat(this.doors.isUnlocked(1)).isFalse();
		assertThat(events).contains(LockerSensorFlapping.class)
			.matching(LockerSensorFlapping::sensor, "door")
			.matching(LockerSensorFlapping::changes, 4)
			.matching(LockerSensorFlapping::before, LockerState.STORING);
	}

	@Test
	void faultsAStoredLockerWhoseTraySensorFlaps(AssertablePublishedEvents events) {
		deposit(1, 12);
		for (int change = 0; change < 4; change++) {
			this.clock.advance(Duration.ofSeconds(2));
			this.doors.setOccupied(1, change % 2 == 1);
		}

		assertThat(this.lockers.get(LockerId.of(1)).state()).isEqualTo(LockerState.FAULT);
		assertThat(this.lockers.get(LockerId.of(1)).storageId()).isEqualTo(StorageId.of(12));
		assertThat(events).contains(LockerSensorFlapping.class).matching(LockerSensorFlapping::sensor, "occupancy");
	}

	@Test
	void countsNoFlappingWhenTheChangesAreSpreadOut() {
		deposit(1, 13);
		for (int change = 0; change < 6; change++) {
			this.clock.advance(Duration.ofSeconds(4));
			this.doors.setOccupied(1, change % 2 == 1);
		}

		assertThat(this.lockers.get(LockerId.of(1)).state()).isEqualTo(LockerState.STORED);
	}

	/**
	 * Spaces every change out past the flap window and walks each locker back to FREE.
	 */
	@AfterEach
	void leaveEveryLockerFree() {
		pause();
		this.doors.setOccupied(1, true);
		for (LockerView locker : this.lockers.all()) {
			if (locker.doorOpen()) {
				pause();
				this.doors.closeDoor(locker.id().value());
			}
		}
		this.clock.advance(Duration.ofMinutes(5));
		this.lockerDoors.expireDeadlines(this.clock.instant());
		for (LockerView locker : this.lockers.all()) {
			if (locker.state() == LockerState.FAULT) {
				this.lockers.clearFault(locker.id(), "test", "settling");
			}
			if (this.lockers.get(locker.id()).state() == LockerState.STORED) {
				this.lockers.openByAdmin(locker.id(), "test", "settling");
				pause();
				this.doors.openDoor(locker.id().value());
				pause();
				this.doors.closeDoor(locker.id().value());
			}
		}
		pause();
		assertThat(this.lockers.all()).allSatisfy((locker) -> {
			assertThat(locker.state()).isEqualTo(LockerState.FREE);
			assertThat(this.doors.isUnlocked(locker.id().value())).isFalse();
		});
	}

	private void pause() {
		this.clock.advance(Duration.ofSeconds(11));
	}

	private int deposit(int expected, long sessionId) {
		int id = storing().reserveAny(sessionId).id().value();
		assertThat(id).isEqualTo(expected);
		this.doors.openDoor(id);
		this.doors.closeDoor(id);
		assertThat(this.lockers.get(LockerId.of(id)).state()).isEqualTo(LockerState.STORED);
		return id;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2026-03-02T08:00:00Z");
		}

	}

	private TestStorages storing() {
		return TestStorages.of(this.beans);
	}

}
