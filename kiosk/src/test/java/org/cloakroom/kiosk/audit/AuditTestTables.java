package org.cloakroom.kiosk.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

/** Direct access to the audit tables, as a tests' stand-in for someone tampering. */
final class AuditTestTables {

	private AuditTestTables() {
	}

	static void reset(JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM audit_event");
		jdbc.update("UPDATE audit_chain_head SET last_sequence = 0, last_hash = ?", CanonicalForm.GENESIS_HASH);
	}

	static ChainHead head(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT last_sequence, last_hash FROM audit_chain_head",
				(rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)));
	}

	static String hashOf(JdbcTemplate jdbc, long sequence) {
		return jdbc.queryForObject("SELECT hash FROM audit_event WHERE sequence = ?", String.class, sequence);
	}

	/**
	 * Appends valid entries straight into the tables, moving the head: fast bulk data.
	 */
	static void appendValid(JdbcTemplate jdbc, int count) {
		ChainHead head = head(jdbc);
		String previous = head.lastHash();
		long sequence = head.lastSequence();
		for (int i = 0; i < count; i++) {
			sequence++;
			AuditEntry entry = forge(sequence, "{\"n\":" + sequence + "}", previous);
			insert(jdbc, entry);
			previous = entry.hash();
		}
		jdbc.update("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ?", sequence, previous);
	}

	/**
	 * An entry whose own hash fits its content, as anyone who read the docs could make.
	 */
	static AuditEntry forge(long sequence, String details, String previousHash) {
		Instant at = Instant.parse("2026-11-22T09:00:00Z");
		String hash = CanonicalForm.hash(sequence, at, "Forged", "locker:1", false, details, previousHash);
		return new AuditEntry(sequence, at, "Forged", "locker:1", false, details, previousHash, hash);
	}

	static void insert(JdbcTemplate jdbc, AuditEntry entry) {
		jdbc.update(
				"INSERT INTO audit_event (sequence, recorded_at, type, subject, alert, details, previous_hash, hash)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				entry.sequence(), OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.type(), entry.subject(),
				entry.alert(), entry.details(), entry.previousHash(), entry.hash());
	}

}
