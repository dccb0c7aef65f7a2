package org.cloakroom.kiosk.locker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code storage} table and the phones each storage holds ({@code storage_phone}). A
 * change carries the version it read, so two writers cannot both end one storage.
 */
@Repository
class StorageTable {

	private static final String COLUMNS = "SELECT id, employee_id, unenrolled_phones, opened_at, stored_at, ended_at,"
			+ " ending, version FROM storage";

	private final JdbcClient jdbc;

	private final RowMapper<Storage> row = this::storage;

	StorageTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes a new storage and its phones; the returned one has its id. */
	Storage insert(Storage storage) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO storage (employee_id, unenrolled_phones, opened_at, version) VALUES (?, ?, ?, ?)")
			.params(storage.employeeId().value(), storage.unenrolledPhones(), utc(storage.openedAt()),
					storage.version())
			.update(key, "id");
		StorageId id = StorageId.of(key.getKeyAs(Long.class));
		for (PhoneId phone : storage.phoneIds()) {
			this.jdbc.sql("INSERT INTO storage_phone (storage_id, phone_id) VALUES (?, ?)")
				.params(id.value(), phone.value())
				.update();
		}
		return new Storage(id, storage.employeeId(), storage.phoneIds(), storage.unenrolledPhones(), storage.openedAt(),
				null, null, null, storage.version());
	}

	/**
	 * Writes what changes in a storage (when it was stored, how and when it ended).
	 * @throws OptimisticLockingFailureException when another writer changed it since it
	 * was read
	 */
	void update(Storage storage) {
		int changed = this.jdbc
			.sql("UPDATE storage SET stored_at = ?, ended_at = ?, ending = ?, version = version + 1"
					+ " WHERE id = ? AND version = ?")
			.params(utc(storage.storedAt()), utc(storage.endedAt()),
					(storage.end() != null) ? storage.end().name() : null, storage.id().value(), storage.version())
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException(
					"Storage " + storage.id() + " was changed by another writer since version " + storage.version());
		}
	}

	Optional<Storage> byId(StorageId id) {
		return this.jdbc.sql(COLUMNS + " WHERE id = ?").param(id.value()).query(this.row).optional();
	}

	/** Storages that have not ended, oldest first. */
	List<Storage> active() {
		return this.jdbc.sql(COLUMNS + " WHERE ending IS NULL ORDER BY id").query(this.row).list();
	}

	/** The employee's newest storage that has not ended. */
	Optional<Storage> activeFor(EmployeeId employee) {
		return this.jdbc.sql(COLUMNS + " WHERE employee_id = ? AND ending IS NULL ORDER BY opened_at DESC, id DESC")
			.param(employee.value())
			.query(this.row)
			.list()
			.stream()
			.findFirst();
	}

	private Storage storage(ResultSet rs, int rowNumber) throws SQLException {
		long id = rs.getLong("id");
		String ending = rs.getString("ending");
		return new Storage(StorageId.of(id), EmployeeId.of(rs.getLong("employee_id")), phones(id),
				rs.getInt("unenrolled_phones"), instant(rs, "opened_at"), instant(rs, "stored_at"),
				instant(rs, "ended_at"), (ending != null) ? StorageEnd.valueOf(ending) : null, rs.getLong("version"));
	}

	private Set<PhoneId> phones(long storageId) {
		return new HashSet<>(this.jdbc.sql("SELECT phone_id FROM storage_phone WHERE storage_id = ?")
			.param(storageId)
			.query((rs, row) -> PhoneId.of(rs.getLong("phone_id")))
			.list());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
