package org.cloakroom.kiosk.locker;

import java.time.Duration;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.locker.gpio.LockerIo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.cloakroom.kiosk.locker.LockerWords.assertRefused;
import static org.cloakroom.kiosk.locker.LockerWords.assertRefused;

/**
 * The locker module on H2 and Pi4J's mock provider with the demo bank. Every test leaves
 * its lockers settled, so the tests share one context.
 */
@ApplicationModuleTest(extraIncludes = "wiring")
@TestPropertySource(properties = { "cloakroom.locker.gpio-provider=mock",
		"cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml", "cloakroom.scheduling.enabled=false",
		"spring.modulith.moments.enabled=false", "spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1" })
class LockersIT {

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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HealthIndicator gpioHealthIndicator;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	LockerIo io;

	@Test
	void refusesATransitionInsideACallersTransactionSoTheLockIsNeverToldBeforeTheCommit() {
		TransactionTemplate outer = new TransactionTemplate(this.transactions);

		assertThatIllegalStateException()
			.isThrownBy(() -> outer.executeWithoutResult((tx) -> storing().reserveAny(909)))
			.withMessageContaining("must not run inside another transaction");
		assertThat(this.lockers.all()).noneMatch((locker) -> Long.valueOf(909).equals(locker.storageId()));
		assertThat(this.lockers.all()).noneMatch((locker) -> this.doors.isUnlocked(locker.id().value()));
	}

	@Test
	void walksADepositAndACollectionThroughTheDoorSensors(AssertablePublishedEvents events) {
		LockerView reserved = storing().reserveAny(101);
		int id = reserved.id().value();
		assertThat(reserved.state()).isEqualTo(LockerState.STORING);
		assertThat(this.doors.isUnlocked(id)).isTrue();

		this.doors.openDoor(id);
		assertThat(this.lockers.get(LockerId.of(id)).doorOpen()).isTrue();
		assertThat(this.doors.isUnlocked(id)).as("relocked so that the closing door latches").isFalse();
		this.doors.closeDoor(id);

		assertThat(this.lockers.get(LockerId.of(id)).state()).isEqualTo(LockerState.STORED);
		assertThat(this.lockers.get(LockerId.of(id)).storageId()).isEqualTo(StorageId.of(101));
		assertThat(this.doors.isUnlocked(id)).isFalse();
		assertThat(events).contains(LockerOccupied.class).matching(LockerOccupied::lockerId, LockerId.of(id));

		assertThat(storing().release(id, 101).state()).isEqualTo(LockerState.COLLECTING);
		assertThat(this.doors.isUnlocked(id)).isTrue();
		this.doors.openDoor(id);
		assertThat(this.doors.isUnlocked(id)).isFalse();
		this.doors.closeDoor(id);

		LockerView freed = this.lockers.get(LockerId.of(id));
		assertThat(freed.state()).isEqualTo(LockerState.FREE);
		assertThat(freed.storageId()).isNull();
		assertThat(freed.doorOpen()).isFalse();
		assertThat(this.doors.isUnlocked(id)).isFalse();
		assertThat(events).contains(LockerFreed.class).matching(LockerFreed::storageId, StorageId.of(101));
		assertThat(stateInTable(id)).isEqualTo("FREE");
	}

	@Test
	void freesAReservationWhoseDoorNeverOpenedAtItsDeadline(AssertablePublishedEvents events) {
		int id = storing().reserveAny(102).id().value();
		this.clock.advance(Duration.ofSeconds(59));
		this.lockerDoors.expireDeadlines(this.clock.instant());
		assertThat(this.lockers.get(LockerId.of(id)).state()).isEqualTo(LockerState.STORING);

		this.clock.advance(Duration.ofSeconds(1));
		this.lockerDoors.expireDeadlines(this.clock.instant());

		assertThat(this.lockers.get(LockerId.of(id)).state()).isEqualTo(LockerState.FREE);
		assertThat(this.doors.isUnlocked(id)).isFalse();
		assertThat(events).contains(LockerReservationExpired.class)
			.matching(LockerReservationExpired::storageId, StorageId.of(102));
	}

	@Test
	void relocksACollectionWhoseDoorNeverOpenedAtItsDeadline(AssertablePublishedEvents events) {
		int id = deposit(103);
		storing().release(id, 103);
		this.clock.advance(Duration.ofSeconds(60));

		this.lockerDoors.expireDeadlines(this.clock.instant());

		assertThat(this.lockers.get(LockerId.of(id)).state()).isEqualTo(LockerState.STORED);
		assertThat(this.lockers.get(LockerId.of(id)).storageId()).isEqualTo(StorageId.of(103));
		assertThat(this.doors.isUnlocked(id)).isFalse();
		assertThat(events).contains(LockerReleaseExpired.class)
			.matching(LockerReleaseExpired::storageId, StorageId.of(103));
	}

	@Test
	void putsADoorForcedOpenOnAStoredLockerInFaultWithAnAlertAndClearsItBackToStored(AssertablePublishedEvents events) {
		int id = deposit(104);

		this.doors.openDoor(id);
		this.doors.closeDoor(id);

		assertThat(this.lockers.get(LockerId.of(id)).state()).isEqualTo(LockerState.FAULT);
		assertThat(this.lockers.get(LockerId.of(id)).fault()).isEqualTo(LockerFault.FORCED);
		assertThat(this.doors.isUnlocked(id)).isFalse();
		assertThat(events).contains(LockerForced.class)
			.matching(LockerForced::before, LockerState.STORED)
			.matching(LockerForced::storageId, StorageId.of(104))
			.matching(LockerForced::alert, true);

		this.lockers.clearFault(LockerId.of(id), "Olga Officer", "phone inside, latch fine");

		assertThat(this.lockers.get(LockerId.of(id)).state()).isEqualTo(LockerState.STORED);
		assertThat(this.lockers.get(LockerId.of(id)).storageId()).isEqualTo(StorageId.of(104));
	}

	@Test
	void refusesACollectionBySomeoneElse() {
		int id = deposit(105);

		assertRefused(() -> storing().release(id, 999))
			.isEqualTo("Locker " + id + " cannot be unlocked for collecting storage 999: it holds storage 105");
		assertThat(this.doors.isUnlocked(id)).isFalse();
	}

	@Test
	void answersNoFreeLockerWhenAllAreTakenAndFreesThemAtTheDeadline() {
		long free = this.lockers.freeCount();
		for (int i = 0; i < free; i++) {
			storing().reserveAny(200 + i);
		}

		assertThat(this.lockers.freeCount()).isZero();
		assertThatExceptionOfType(NoFreeLockerException.class).isThrownBy(() -> storing().reserveAny(300));

		this.clock.advance(Duration.ofMinutes(1));
		this.lockerDoors.expireDeadlines(this.clock.instant());
		assertThat(this.lockers.freeCount()).isEqualTo(free);
	}

	@Test
	void answersNotFoundForALockerThatIsNotWired() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.lockers.get(LockerId.of(13)))
			.withMessage("Locker 13 does not exist");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> storing().release(13, 1));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.doors.openDoor(13));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.doors.isUnlocked(13));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.doors.setOccupied(13, true));
	}

	@Test
	void drivesOccupancyOnlyWhereTheWiringHasASensor() {
		this.doors.setOccupied(1, false);
		assertThat(this.io.occupancy(1)).isEqualTo(Occupancy.EMPTY);
		this.doors.setOccupied(1, true);
		assertThat(this.io.occupancy(1)).isEqualTo(Occupancy.FULL);

		assertThatIllegalArgumentException().isThrownBy(() -> this.doors.setOccupied(3, true))
			.withMessage("Locker 3 has no occupancy sensor");
	}

	@Test
	void listsTheDemoBankInOrder() {
		assertThat(this.lockers.all()).hasSize(12).extracting((locker) -> locker.id().value()).isSorted();
		LockerView seventh = this.lockers.get(LockerId.of(7));
		assertThat(seventh.label()).isEqualTo("7");
		assertThat(seventh.row()).isEqualTo(2);
		assertThat(seventh.column()).isEqualTo(3);
	}

	@Test
	void leavesDeadlinesToTheTestWhenSchedulingIsOff(@Autowired ApplicationContext context) {
		assertThat(context.getBeanNamesForType(DeadlineTicker.class)).isEmpty();
	}

	@Test
	void reportsGpioHealthWithProviderFileAndLockerCount() {
		Health health = this.gpioHealthIndicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("provider", "mock")
			.containsEntry("wiringFile", "../firmware-config/lockers/demo.yaml")
			.containsEntry("lockers", 12);
	}

	private int deposit(long sessionId) {
		int id = storing().reserveAny(sessionId).id().value();
		this.doors.openDoor(id);
		this.doors.closeDoor(id);
		assertThat(this.lockers.get(LockerId.of(id)).state()).isEqualTo(LockerState.STORED);
		return id;
	}

	private String stateInTable(int id) {
		return this.jdbc.sql("SELECT state FROM locker WHERE id = ?").param(id).query(String.class).single();
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
