package org.cloakroom.kiosk.locker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code locker} table: one row per locker, its state and sub-states. A save checks
 * the row's version, so two writers cannot both change the same state.
 */
@Repository
class LockerTable {

	private static final String SELECT = "SELECT id, label, bank_row, bank_column, state, storage_id, unlock_purpose,"
			+ " deadline, door_opened, empty_closes, fault, door_open_since, held_open, version FROM locker";

	private static final RowMapper<Locker> LOCKER = (rs, number) -> new Locker(row(rs));

	private final JdbcClient jdbc;

	private final Clock clock;

	LockerTable(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Locker> all() {
		return this.jdbc.sql(SELECT + " ORDER BY id").query(LOCKER).list();
	}

	Optional<Locker> find(LockerId id) {
		return this.jdbc.sql(SELECT + " WHERE id = ?").param(id.value()).query(LOCKER).optional();
	}

	List<Locker> inState(LockerState state) {
		return this.jdbc.sql(SELECT + " WHERE state = ? ORDER BY id").param(state.name()).query(LOCKER).list();
	}

	/** Lockers unlocked with a deadline at or before {@code now}. */
	List<Locker> unlockDueBy(Instant now) {
		return this.jdbc.sql(SELECT + " WHERE deadline <= ? ORDER BY id").param(utc(now)).query(LOCKER).list();
	}

	/** Lockers whose door has read open since {@code since} or before. */
	List<Locker> doorOpenSince(Instant since) {
		return this.jdbc.sql(SELECT + " WHERE door_open_since <= ? ORDER BY id").param(utc(since)).query(LOCKER).list();
	}

	/** Whether any door held open has been alerted (the buzzer sounds). */
	boolean anyHeldOpenAlerted() {
		return this.jdbc.sql("SELECT COUNT(*) FROM locker WHERE held_open IN ('ALERTED', 'ESCALATED')")
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Inserts a new locker, or updates one at the version it was read at.
	 * @throws OptimisticLockingFailureException when the row changed since
	 */
	void save(Locker locker) {
		LockerRow row = locker.row();
		Unlock unlock = row.unlock();
		OpenDoor door = row.openDoor();
		JdbcClient.StatementSpec statement = this.jdbc.sql((row.version() == null) ? """
				INSERT INTO locker (label, bank_row, bank_column, state, storage_id, unlock_purpose, deadline,
				    door_opened, empty_closes, fault, door_open_since, held_open, updated_at, version, id)
				VALUES (:label, :row, :column, :state, :storage, :purpose, :deadline,
				    :doorOpened, :emptyCloses, :fault, :openSince, :heldOpen, :now, 0, :id)""" : """
				UPDATE locker SET label = :label, bank_row = :row, bank_column = :column, state = :state,
				    storage_id = :storage, unlock_purpose = :purpose, deadline = :deadline,
				    door_opened = :doorOpened, empty_closes = :emptyCloses, fault = :fault,
				    door_open_since = :openSince, held_open = :heldOpen, updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("id", row.id().value())
			.param("label", row.place().label())
			.param("row", row.place().row())
			.param("column", row.place().column())
			.param("state", row.state().name())
			.param("storage", (row.storage() != null) ? row.storage().value() : null)
			.param("purpose", (unlock != null) ? unlock.purpose().name() : null)
			.param("deadline", (unlock != null) ? utc(unlock.deadline()) : null)
			.param("doorOpened", unlock != null && unlock.doorOpened())
			.param("emptyCloses", (unlock != null) ? unlock.emptyCloses() : 0)
			.param("fault", (row.fault() != null) ? row.fault().name() : null)
			.param("openSince", (door != null) ? utc(door.since()) : null)
			.param("heldOpen", (door != null) ? door.stage().name() : null)
			.param("now", utc(this.clock.instant()))
			.param("version", row.version());
		if (statement.update() != 1) {
			throw new OptimisticLockingFailureException(
					"Locker " + row.id() + " changed since version " + row.version() + " was read");
		}
		locker.saved((row.version() == null) ? 0 : row.version() + 1);
	}

	private static LockerRow row(ResultSet rs) throws SQLException {
		String purpose = rs.getString("unlock_purpose");
		Instant openSince = instant(rs, "door_open_since");
		Long storage = rs.getObject("storage_id", Long.class);
		return new LockerRow(LockerId.of(rs.getInt("id")),
				new Place(rs.getString("label"), rs.getInt("bank_row"), rs.getInt("bank_column")),
				LockerState.valueOf(rs.getString("state")), (storage != null) ? StorageId.of(storage) : null,
				(purpose != null) ? new Unlock(Unlock.Purpose.valueOf(purpose), instant(rs, "deadline"),
						rs.getBoolean("door_opened"), rs.getInt("empty_closes")) : null,
				named(LockerFault.class, rs.getString("fault")),
				(openSince != null) ? new OpenDoor(openSince, OpenDoor.Stage.valueOf(rs.getString("held_open"))) : null,
				rs.getLong("version"));
	}

	private static <E extends Enum<E>> E named(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
