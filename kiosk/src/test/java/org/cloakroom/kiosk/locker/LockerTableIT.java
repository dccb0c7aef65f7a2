package org.cloakroom.kiosk.locker;

import org.cloakroom.kiosk.MigrationLocations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.locker.OpenDoor.Stage;
import org.cloakroom.kiosk.locker.Unlock.Purpose;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The locker table keeps every sub-state through a save and a read, refuses a save over a
 * newer version, and V12 carries rows written before it (RESERVED, admin_open,
 * held_open_alerts) into the glossary's states and the sub-state columns.
 */
class LockerTableIT {

	private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

	private final MutableClock clock = MutableClock.startingAt("2026-03-02T08:00:00Z");

	private final DriverManagerDataSource database = new DriverManagerDataSource(
			"jdbc:h2:mem:locker-table-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

	private final JdbcClient jdbc = JdbcClient.create(this.database);

	private final LockerTable table = new LockerTable(this.jdbc, this.clock);

	@Test
	void keepsEverySubStateThroughASaveAndARead() {
		migrate(null);
		LockerRow storing = new LockerRow(LockerId.of(1), new Place("A1", 1, 1), LockerState.STORING, StorageId.of(42),
				new Unlock(Purpose.STORE, T.plusSeconds(60), true, 2), null, new OpenDoor(T, Stage.ALERTED), null);
		LockerRow adminCollecting = new LockerRow(LockerId.of(2), new Place("A2", 1, 2), LockerState.COLLECTING,
				StorageId.of(43), Unlock.until(Purpose.ADMIN, T.plusSeconds(30)), null, null, null);
		LockerRow faulty = new LockerRow(LockerId.of(3), new Place("A3", 1, 3), LockerState.FAULT, StorageId.of(44),
				null, LockerFault.FLAPPING, new OpenDoor(T, Stage.ESCALATED), null);
		LockerRow free = LockerRow.free(LockerId.of(4), new Place("A4", 1, 4));

		for (LockerRow row : new LockerRow[] { storing, adminCollecting, faulty, free }) {
			this.table.save(new Locker(row));
			assertThat(this.table.find(row.id())).get().extracting(Locker::row).isEqualTo(row.withVersion(0));
		}
		assertThat(this.table.inState(LockerState.FAULT)).extracting(Locker::id).containsExactly(LockerId.of(3));
		assertThat(this.table.unlockDueBy(T.plusSeconds(30))).extracting(Locker::id).containsExactly(LockerId.of(2));
		assertThat(this.table.doorOpenSince(T)).extracting(Locker::id).containsExactly(LockerId.of(1), LockerId.of(3));
		assertThat(this.table.anyHeldOpenAlerted()).isTrue();
	}

	@Test
	void countsAVersionPerSaveAndRefusesASaveOverANewerOne() {
		migrate(null);
		this.table.save(new Locker(LockerRow.free(LockerId.of(1), new Place("A1", 1, 1))));
		Locker first = this.table.find(LockerId.of(1)).orElseThrow();
		Locker stale = this.table.find(LockerId.of(1)).orElseThrow();

		first.unlockForStoring(StorageId.of(7), T, Duration.ofSeconds(60));
		this.table.save(first);
		stale.openByAdmin("Eve", "cleaning", T, Duration.ofSeconds(60));

		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.table.save(stale))
			.withMessage("Locker 1 changed since version 0 was read");
		assertThat(this.table.find(LockerId.of(1)).orElseThrow().row())
			.satisfies((row) -> assertThat(row.state()).isEqualTo(LockerState.STORING))
			.satisfies((row) -> assertThat(row.version()).isEqualTo(1));
		assertThat(this.table.anyHeldOpenAlerted()).isFalse();
	}

	@Test
	void carriesRowsWrittenBeforeV12IntoTheGlossarysStatesAndTheSubStates() {
		migrate("10");
		insertOld(1, "RESERVED", 5L, T.plusSeconds(60), true, 1, false, null, T, 1);
		insertOld(2, "RELEASING", 6L, T.plusSeconds(60), false, 0, true, null, null, 0);
		insertOld(3, "OCCUPIED", 7L, null, false, 0, false, null, T, 2);
		insertOld(4, "FREE", null, T.plusSeconds(30), false, 0, true, null, null, 0);
		insertOld(5, "FAULT", 8L, null, false, 0, false, "FORCED", T, 0);
		insertOld(6, "OUT_OF_SERVICE", null, null, false, 0, false, null, null, 0);

		migrate(null);

		assertThat(row(1))
			.isEqualTo(new LockerRow(LockerId.of(1), new Place("1", 1, 1), LockerState.STORING, StorageId.of(5),
					new Unlock(Purpose.STORE, T.plusSeconds(60), true, 1), null, new OpenDoor(T, Stage.ALERTED), 3L));
		assertThat(row(2)).isEqualTo(new LockerRow(LockerId.of(2), new Place("2", 1, 2), LockerState.COLLECTING,
				StorageId.of(6), Unlock.until(Purpose.ADMIN, T.plusSeconds(60)), null, null, 3L));
		assertThat(row(3)).isEqualTo(new LockerRow(LockerId.of(3), new Place("3", 1, 3), LockerState.STORED,
				StorageId.of(7), null, null, new OpenDoor(T, Stage.ESCALATED), 3L));
		assertThat(row(4)).isEqualTo(new LockerRow(LockerId.of(4), new Place("4", 1, 4), LockerState.FREE, null,
				Unlock.until(Purpose.ADMIN, T.plusSeconds(30)), null, null, 3L));
		assertThat(row(5)).isEqualTo(new LockerRow(LockerId.of(5), new Place("5", 1, 5), LockerState.FAULT,
				StorageId.of(8), null, LockerFault.FORCED, new OpenDoor(T, Stage.OPEN), 3L));
		assertThat(row(6)).isEqualTo(LockerRow.free(LockerId.of(6), new Place("6", 1, 6))
			.settled(LockerState.OUT_OF_SERVICE, null)
			.withVersion(3));
	}

	private LockerRow row(int id) {
		return this.table.find(LockerId.of(id)).orElseThrow().row();
	}

	private void insertOld(int id, String state, Long session, Instant deadline, boolean doorOpened, int emptyCloses,
			boolean adminOpen, String fault, Instant openSince, int heldOpenAlerts) {
		this.jdbc.sql("""
				INSERT INTO locker (id, label, bank_row, bank_column, state, session_id, deadline, door_opened,
				    fault, door_open_since, held_open_alerts, empty_closes, admin_open, version, updated_at)
				VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3, ?)""")
			.params(id, String.valueOf(id), id, state, session, utc(deadline), doorOpened, fault, utc(openSince),
					heldOpenAlerts, emptyCloses, adminOpen, utc(T))
			.update();
	}

	private void migrate(String target) {
		var configuration = Flyway.configure()
			.dataSource(this.database)
			.locations(MigrationLocations.of(MigrationLocations.H2));
		(target != null ? configuration.target(target) : configuration).load().migrate();
	}

	private static Object utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
