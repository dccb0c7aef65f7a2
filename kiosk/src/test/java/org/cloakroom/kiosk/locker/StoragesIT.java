package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.util.Set;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Storages through the locker module on H2 and Pi4J's mock provider: a storage and its
 * locker change together, and the storage's locker and stage are the locker's. Each test
 * leaves its lockers free.
 */
@ApplicationModuleTest(extraIncludes = "wiring")
@TestPropertySource(properties = { "cloakroom.locker.gpio-provider=mock",
		"cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml", "cloakroom.scheduling.enabled=false",
		"spring.modulith.moments.enabled=false", "spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1" })
class StoragesIT {

	@Autowired
	Storages storages;

	@Autowired
	Lockers lockers;

	@Autowired
	LockerDoors lockerDoors;

	@Autowired
	SimulatedDoors doors;

	@Autowired
	StorageTable table;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MutableClock clock;

	@Test
	void storesAndCollectsWithTheLockerSayingWhereAndAtWhichStage(AssertablePublishedEvents events) {
		StorageView storing = this.storages.store(EmployeeId.of(41), Set.of(PhoneId.of(410), PhoneId.of(411)), 1);
		int locker = storing.lockerId().value();
		assertThat(storing.stage()).isEqualTo(StorageStage.STORING);
		assertThat(storing.end()).isNull();
		assertThat(this.lockers.get(LockerId.of(locker)).storageId()).isEqualTo(storing.id());
		assertThat(this.doors.isUnlocked(locker)).isTrue();
		assertThat(events).contains(StorageOpened.class)
			.matching(StorageOpened::storageId, storing.id())
			.matching(StorageOpened::unenrolledPhones, 1);

		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		StorageView stored = this.storages.get(storing.id());
		assertThat(stored.stage()).isEqualTo(StorageStage.STORED);
		assertThat(stored.storedAt()).isEqualTo(this.clock.instant());
		assertThat(this.storages.activeFor(EmployeeId.of(41))).contains(stored);
		assertThat(events).contains(PhonesStored.class)
			.matching(PhonesStored::lockerId, LockerId.of(locker))
			.matching(PhonesStored::phoneIds, Set.of(PhoneId.of(410), PhoneId.of(411)));

		assertThat(this.storages.collect(storing.id()).stage()).isEqualTo(StorageStage.COLLECTING);
		assertThat(events).contains(CollectionStarted.class).matching(CollectionStarted::storageId, storing.id());
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);

		StorageView collected = this.storages.get(storing.id());
		assertThat(collected.end()).isEqualTo(StorageEnd.COLLECTED);
		assertThat(collected.stage()).as("an ended storage is in no locker").isNull();
		assertThat(collected.lockerId()).isNull();
		assertThat(this.storages.activeFor(EmployeeId.of(41))).isEmpty();
		assertThat(this.lockers.get(LockerId.of(locker)).state()).isEqualTo(LockerState.FREE);
		assertThat(events).contains(PhonesCollected.class).matching(PhonesCollected::lockerId, LockerId.of(locker));
	}

	@Test
	void recordsAStorageAbandonedWhenNoLockerIsFree(AssertablePublishedEvents events) {
		long free = this.lockers.freeCount();
		for (int i = 0; i < free; i++) {
			this.storages.store(EmployeeId.of(100 + i), Set.of(PhoneId.of(1000 + i)), 0);
		}
		int activeBefore = this.storages.active().size();

		assertThatExceptionOfType(NoFreeLockerException.class)
			.isThrownBy(() -> this.storages.store(EmployeeId.of(42), Set.of(PhoneId.of(420)), 0));

		assertThat(this.storages.active()).hasSize(activeBefore);
		assertThat(events).contains(StorageAbandoned.class)
			.matching(StorageAbandoned::employeeId, EmployeeId.of(42))
			.matching(StorageAbandoned::lockerId, (LockerId) null)
			.matching(StorageAbandoned::because, "no locker was free");
		this.clock.advance(Duration.ofMinutes(1));
		this.lockerDoors.expireDeadlines(this.clock.instant());
		assertThat(this.lockers.freeCount()).isEqualTo(free);
		assertThat(this.storages.active()).isEmpty();
	}

	@Test
	void writesNeitherStorageNorLockerInsideACallersTransaction() {
		long storagesBefore = countStorages();
		TransactionTemplate outer = new TransactionTemplate(this.transactions);

		assertThatIllegalStateException()
			.isThrownBy(() -> outer
				.executeWithoutResult((tx) -> this.storages.store(EmployeeId.of(43), Set.of(PhoneId.of(430)), 0)))
			.withMessageContaining("must not run inside another transaction");

		assertThat(countStorages()).isEqualTo(storagesBefore);
		assertThat(this.lockers.all()).noneMatch((locker) -> this.doors.isUnlocked(locker.id().value()));
	}

	@Test
	void refusesAChangeMadeOnAStaleCopy() {
		// a row of the table alone: no locker holds it, so no locker step touches it
		StorageId id = this.table
			.insert(Storage.open(EmployeeId.of(44), Set.of(PhoneId.of(440)), 0, this.clock.instant()))
			.id();
		Storage first = this.table.byId(id).orElseThrow();
		Storage second = this.table.byId(id).orElseThrow();
		first.stored(this.clock.instant());
		this.table.update(first);

		second.abandon(this.clock.instant());
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.table.update(second))
			.withMessage("Storage " + id + " was changed by another writer since version 0");
		assertThat(this.table.byId(id).orElseThrow().end()).as("the first writer's change stands").isNull();
		assertThat(this.table.byId(id).orElseThrow().storedAt()).isEqualTo(this.clock.instant());
		this.jdbc.sql("DELETE FROM storage_phone WHERE storage_id = ?").param(id.value()).update();
		this.jdbc.sql("DELETE FROM storage WHERE id = ?").param(id.value()).update();
	}

	private long countStorages() {
		return this.jdbc.sql("SELECT COUNT(*) FROM storage").query(Long.class).single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2026-03-02T08:00:00Z");
		}

	}

}
