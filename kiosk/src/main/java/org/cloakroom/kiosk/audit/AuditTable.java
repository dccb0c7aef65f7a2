package org.cloakroom.kiosk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code audit_event} and {@code audit_chain_head}; nobody else touches them.
 */
@Repository
class AuditTable implements ChainEntries {

	private static final String COLUMNS = "sequence, recorded_at, type, subject, alert, details, previous_hash, hash, key_id";

	private static final RowMapper<AuditEntry> ENTRY = AuditTable::entry;

	private static final RowMapper<ChainHead> HEAD = (rs, row) -> new ChainHead(rs.getLong("last_sequence"),
			rs.getString("last_hash"));

	private final JdbcClient jdbc;

	AuditTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads the head and locks it until the surrounding transaction ends; outside one, it
	 * waits for an append that holds the lock and reads the head that append left.
	 */
	@Override
	public ChainHead lockHead() {
		return this.jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query(HEAD)
			.optional()
			.orElseThrow(AuditTable::headMissing);
	}

	@Override
	public ChainHead head() {
		return this.jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1")
			.query(HEAD)
			.optional()
			.orElseThrow(AuditTable::headMissing);
	}

	/** The first sequence whose hash is keyed (migration V14). */
	@Override
	public long keyedFrom() {
		return this.jdbc.sql("SELECT keyed_from FROM audit_chain_head WHERE id = 1")
			.query(Long.class)
			.optional()
			.orElseThrow(AuditTable::headMissing);
	}

	@Override
	public Optional<ArchivedPrefix> archived() {
		return this.jdbc.sql("SELECT to_sequence, last_hash FROM audit_archive ORDER BY to_sequence DESC LIMIT 1")
			.query((rs, row) -> new ArchivedPrefix(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/**
	 * Records that entries up to {@code toSequence} were archived to {@code file}, so the
	 * database lets them be deleted (migration V14's trigger).
	 */
	void recordArchive(long toSequence, String lastHash, String file, Instant at) {
		this.jdbc.sql("INSERT INTO audit_archive (to_sequence, last_hash, file, archived_at) VALUES (?, ?, ?, ?)")
			.params(toSequence, lastHash, file, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/**
	 * Deletes the archived entries, and what search knew of them; the database refuses
	 * any beyond the archive.
	 */
	int deleteUpTo(long toSequence) {
		this.jdbc.sql("DELETE FROM audit_reference WHERE sequence <= ?").param(toSequence).update();
		return this.jdbc.sql("DELETE FROM audit_event WHERE sequence <= ?").param(toSequence).update();
	}

	/** The newest entry recorded before {@code instant}, if any. */
	Optional<Long> lastRecordedBefore(Instant instant) {
		return this.jdbc.sql("SELECT sequence FROM audit_event WHERE recorded_at < ? ORDER BY sequence DESC LIMIT 1")
			.param(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC))
			.query(Long.class)
			.optional();
	}

	/** The first entry still in the database (older ones may be archived), if any. */
	Optional<Long> firstSequence() {
		return Optional.ofNullable(this.jdbc.sql("SELECT MIN(sequence) FROM audit_event").query(Long.class).single());
	}

	/**
	 * The first and last of the entries {@code from} to {@code to} recorded at or after
	 * {@code fromTime} and before {@code toTime} (either null for no bound), if any.
	 */
	Optional<long[]> firstAndLast(long from, long to, Instant fromTime, Instant toTime) {
		StringBuilder sql = new StringBuilder(
				"SELECT MIN(sequence), MAX(sequence) FROM audit_event WHERE sequence >= ? AND sequence <= ?");
		List<Object> params = new ArrayList<>(List.of(from, to));
		if (fromTime != null) {
			sql.append(" AND recorded_at >= ?");
			params.add(OffsetDateTime.ofInstant(fromTime, ZoneOffset.UTC));
		}
		if (toTime != null) {
			sql.append(" AND recorded_at < ?");
			params.add(OffsetDateTime.ofInstant(toTime, ZoneOffset.UTC));
		}
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> (rs.getObject(1) == null) ? null : new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	/** Inserts the entry and makes it the head; the caller holds the head's lock. */
	void append(AuditEntry entry) {
		this.jdbc.sql("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.sequence(), OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.type(),
					entry.subject(), entry.alert(), entry.details(), entry.previousHash(), entry.hash(), entry.keyId())
			.update();
		int moved = this.jdbc
			.sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1 AND last_sequence = ?")
			.params(entry.sequence(), entry.hash(), entry.sequence() - 1)
			.update();
		if (moved != 1) {
			throw new IllegalStateException("Audit chain head moved while entry " + entry.sequence()
					+ " was appended; the head row must be locked first");
		}
	}

	List<AuditEntry> first(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_event ORDER BY sequence LIMIT ?")
			.param(limit)
			.query(ENTRY)
			.list();
	}

	/** Entries up to {@code upTo}, oldest first. */
	@Override
	public List<AuditEntry> firstUpTo(long upTo, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE sequence <= ? ORDER BY sequence LIMIT ?")
			.params(upTo, limit)
			.query(ENTRY)
			.list();
	}

	/** Entries after {@code sequence} and up to {@code upTo}, oldest first. */
	@Override
	public List<AuditEntry> between(long sequence, long upTo, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM audit_event WHERE sequence > ? AND sequence <= ? ORDER BY sequence LIMIT ?")
			.params(sequence, upTo, limit)
			.query(ENTRY)
			.list();
	}

	@Override
	public List<AuditEntry> after(long sequence, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE sequence > ? ORDER BY sequence LIMIT ?")
			.params(sequence, limit)
			.query(ENTRY)
			.list();
	}

	List<AuditEntry> newest(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_event ORDER BY sequence DESC LIMIT ?")
			.param(limit)
			.query(ENTRY)
			.list();
	}

	/** The newest entries about the subject, oldest first. */
	List<AuditEntry> newestAbout(String subject, int limit) {
		List<AuditEntry> entries = new ArrayList<>(this.jdbc
			.sql("SELECT " + COLUMNS + " FROM audit_event WHERE subject = ? ORDER BY sequence DESC LIMIT ?")
			.params(subject, limit)
			.query(ENTRY)
			.list());
		Collections.reverse(entries);
		return entries;
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("sequence"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("type"), rs.getString("subject"), rs.getBoolean("alert"), rs.getString("details"),
				rs.getString("previous_hash"), rs.getString("hash"), rs.getString("key_id"));
	}

	private static IllegalStateException headMissing() {
		return new IllegalStateException(
				"The audit chain head (table audit_chain_head, row id 1) is missing; migration V1__audit seeds it");
	}

}
