package org.cloakroom.kiosk.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of migration V18: {@code audit_reference} (what each entry is about),
 * {@code audit_storage_visit} (each storage's employee and check-in) and
 * {@code audit_reference_backfill}.
 */
@Repository
class ReferenceTable {

	private final JdbcClient jdbc;

	ReferenceTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sets the entry's references (each entry is indexed once: see the backfill). Rows
	 * left under its sequence belong to an entry that is no longer in the log (deleted
	 * from the database file, then the head moved back): they go, so that the index never
	 * refuses an append, and verification reports the tampering.
	 */
	void add(long sequence, Collection<Reference> references) {
		this.jdbc.sql("DELETE FROM audit_reference WHERE sequence = ?").param(sequence).update();
		for (Reference reference : references) {
			this.jdbc.sql("INSERT INTO audit_reference (reference, sequence) VALUES (?, ?)")
				.params(reference.text(), sequence)
				.update();
		}
	}

	/** The storage's employee and check-in, once learnt. */
	Optional<StorageVisit> storageVisit(String storageId) {
		return this.jdbc
			.sql("SELECT storage_id, employee_id, check_in_id FROM audit_storage_visit WHERE storage_id = ?")
			.param(storageId)
			.query((rs, row) -> new StorageVisit(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	void learn(StorageVisit visit) {
		this.jdbc.sql("INSERT INTO audit_storage_visit (storage_id, employee_id, check_in_id) VALUES (?, ?, ?)")
			.params(visit.storageId(), visit.employeeId(), visit.checkInId())
			.update();
	}

	/** Records a check-in's start, the first time an entry names it with its employee. */
	void checkInStarted(String checkInId, String employeeId, long sequence, Instant at) {
		boolean known = this.jdbc.sql("SELECT COUNT(*) FROM audit_check_in WHERE check_in_id = ?")
			.param(checkInId)
			.query(Long.class)
			.single() > 0;
		if (!known) {
			this.jdbc
				.sql("INSERT INTO audit_check_in (check_in_id, employee_id, sequence, started_at) VALUES (?, ?, ?, ?)")
				.params(checkInId, employeeId, sequence, utc(at))
				.update();
		}
	}

	/** The employee's newest check-in started at or before {@code sequence}. */
	Optional<CheckInStart> latestCheckIn(String employeeId, long sequence) {
		return this.jdbc
			.sql("SELECT check_in_id, started_at FROM audit_check_in WHERE employee_id = ? AND sequence <= ?"
					+ " ORDER BY sequence DESC LIMIT 1")
			.params(employeeId, sequence)
			.query((rs, row) -> new CheckInStart(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** How far the backfill of entries written before V18 went, and where it ends. */
	Optional<Backfill> backfill() {
		return this.jdbc.sql("SELECT indexed_to, backfill_to FROM audit_reference_backfill WHERE id = 1")
			.query((rs, row) -> new Backfill(rs.getLong(1), rs.getLong(2)))
			.optional();
	}

	void backfilledTo(long sequence) {
		this.jdbc.sql("UPDATE audit_reference_backfill SET indexed_to = ? WHERE id = 1").param(sequence).update();
	}

	/**
	 * Entries appended beside the index (a catch-up from central, the program stopped):
	 * the backfill indexes them at the next start, up to {@code head}. A finished
	 * backfill goes on from {@code from}, the head before them; an unfinished one indexes
	 * again on its way the entries indexed as they were appended, which changes nothing.
	 */
	void backfillAlso(long from, long head) {
		this.jdbc
			.sql("UPDATE audit_reference_backfill SET indexed_to = CASE WHEN indexed_to >= backfill_to THEN ?"
					+ " ELSE indexed_to END, backfill_to = ? WHERE id = 1")
			.params(from, head)
			.update();
	}

	/** Entries after {@code sequence} up to {@code upTo}, oldest first. */
	List<AuditEntry> entries(long sequence, long upTo, int limit) {
		return this.jdbc
			.sql("SELECT sequence, recorded_at, type, subject, alert, details, previous_hash, hash, key_id"
					+ " FROM audit_event WHERE sequence > ? AND sequence <= ? ORDER BY sequence LIMIT ?")
			.params(sequence, upTo, limit)
			.query((rs, row) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9)))
			.list();
	}

	record StorageVisit(String storageId, String employeeId, String checkInId) {
	}

	record CheckInStart(String checkInId, Instant startedAt) {
	}

	record Backfill(long indexedTo, long backfillTo) {

		boolean done() {
			return this.indexedTo >= this.backfillTo;
		}

	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
