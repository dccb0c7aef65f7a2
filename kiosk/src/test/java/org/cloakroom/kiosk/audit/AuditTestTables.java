package org.cloakroom.kiosk.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import javax.crypto.Mac;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Direct access to the audit tables, as a tests' stand-in for someone tampering with the
 * database file: like such an attacker, it drops the append-only triggers first.
 */
final class AuditTestTables {

	static final String CREATE_ENTRY_TRIGGER = "CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE"
			+ " ON audit_event FOR EACH ROW CALL 'org.cloakroom.kiosk.audit.AppendOnlyTrigger'";

	static final String CREATE_HEAD_TRIGGER = "CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE, DELETE"
			+ " ON audit_chain_head FOR EACH ROW CALL 'org.cloakroom.kiosk.audit.ForwardOnlyHeadTrigger'";

	static final String CREATE_ARCHIVE_TRIGGER = "CREATE TRIGGER audit_archive_append_only BEFORE UPDATE, DELETE"
			+ " ON audit_archive FOR EACH ROW CALL 'org.cloakroom.kiosk.audit.AppendOnlyTrigger'";

	private AuditTestTables() {
	}

	/** What an attacker with the database file does first. */
	static void dropTriggers(JdbcTemplate jdbc) {
		jdbc.update("DROP TRIGGER IF EXISTS audit_event_append_only");
		jdbc.update("DROP TRIGGER IF EXISTS audit_chain_head_forward_only");
		jdbc.update("DROP TRIGGER IF EXISTS audit_archive_append_only");
	}

	static void createTriggers(JdbcTemplate jdbc) {
		dropTriggers(jdbc);
		jdbc.update(CREATE_ENTRY_TRIGGER);
		jdbc.update(CREATE_HEAD_TRIGGER);
		jdbc.update(CREATE_ARCHIVE_TRIGGER);
	}

	/** An empty log, keyed from entry 1, with its triggers. */
	static void reset(JdbcTemplate jdbc) {
		dropTriggers(jdbc);
		jdbc.update("DELETE FROM audit_event");
		jdbc.update("DELETE FROM audit_archive");
		jdbc.update("UPDATE audit_chain_head SET last_sequence = 0, last_hash = ?, keyed_from = 1",
				CanonicalForm.GENESIS_HASH);
		createTriggers(jdbc);
	}

	static ChainHead head(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT last_sequence, last_hash FROM audit_chain_head",
				(rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)));
	}

	static String hashOf(JdbcTemplate jdbc, long sequence) {
		return jdbc.queryForObject("SELECT hash FROM audit_event WHERE sequence = ?", String.class, sequence);
	}

	/** Moves the head, as an attacker would after cutting or rewriting the log. */
	static void moveHead(JdbcTemplate jdbc, long sequence) {
		dropTriggers(jdbc);
		jdbc.update("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ?", sequence,
				(sequence == 0) ? CanonicalForm.GENESIS_HASH : hashOf(jdbc, sequence));
	}

	/**
	 * Appends valid keyed entries straight into the tables, moving the head: fast bulk
	 * data.
	 */
	static void appendValid(JdbcTemplate jdbc, ChainKey key, int count) {
		ChainHead head = head(jdbc);
		String previous = head.lastHash();
		long sequence = head.lastSequence();
		for (int i = 0; i < count; i++) {
			sequence++;
			AuditEntry entry = forge(key, sequence, "{\"n\":" + sequence + "}", previous);
			insert(jdbc, entry);
			previous = entry.hash();
		}
		jdbc.update("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ?", sequence, previous);
	}

	/**
	 * An entry whose own hash fits its content, as anyone who holds the chain key could
	 * make.
	 */
	static AuditEntry forge(ChainKey key, long sequence, String details, String previousHash) {
		Instant at = Instant.parse("2026-11-22T09:00:00Z");
		String hash = CanonicalForm.hash(key, sequence, at, "Forged", "locker:1", false, details, previousHash);
		return new AuditEntry(sequence, at, "Forged", "locker:1", false, details, previousHash, hash, key.id());
	}

	/** An entry hashed with plain SHA-256, as anyone who read the docs could make. */
	static AuditEntry forgePlain(long sequence, String details, String previousHash) {
		Instant at = Instant.parse("2026-11-22T09:00:00Z");
		String hash = Attacker.sha256(Attacker.lines(sequence, at, "Forged", "locker:1", false, details, previousHash));
		return new AuditEntry(sequence, at, "Forged", "locker:1", false, details, previousHash, hash);
	}

	static void insert(JdbcTemplate jdbc, AuditEntry entry) {
		jdbc.update(
				"INSERT INTO audit_event (sequence, recorded_at, type, subject, alert, details, previous_hash, hash, key_id)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entry.sequence(), OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.type(), entry.subject(),
				entry.alert(), entry.details(), entry.previousHash(), entry.hash(), entry.keyId());
	}

	/**
	 * The tampering script: written from the documentation only (no code of the log's),
	 * it re-hashes every entry from {@code from} on, each linked to the one before, and
	 * moves the head to the last.
	 */
	static final class Attacker {

		private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
			.withZone(ZoneOffset.UTC);

		private Attacker() {
		}

		/** Re-hashes with plain SHA-256, as before the log was keyed. */
		static void rehashPlain(JdbcTemplate jdbc, long from) {
			rehash(jdbc, from, Attacker::sha256, null);
		}

		/** Re-hashes with the chain key (stolen), without the signing key. */
		static void rehashKeyed(JdbcTemplate jdbc, long from, byte[] stolenKey, String keyId) {
			rehash(jdbc, from, (lines) -> hmac(stolenKey, lines), keyId);
		}

		private static void rehash(JdbcTemplate jdbc, long from, Function<String, String> hashing, String keyId) {
			dropTriggers(jdbc);
			List<AuditEntry> entries = jdbc.query(
					"SELECT sequence, recorded_at, type, subject, alert, details, previous_hash, hash FROM audit_event"
							+ " WHERE sequence >= ? ORDER BY sequence",
					(rs, row) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
							rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7),
							rs.getString(8)),
					from);
			String previous = (from == 1) ? "0".repeat(64) : hashOf(jdbc, from - 1);
			for (AuditEntry entry : entries) {
				String hash = hashing.apply(lines(entry.sequence(), entry.at(), entry.type(), entry.subject(),
						entry.alert(), entry.details(), previous));
				jdbc.update("UPDATE audit_event SET previous_hash = ?, hash = ?, key_id = ? WHERE sequence = ?",
						previous, hash, keyId, entry.sequence());
				previous = hash;
			}
			jdbc.update("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ?",
					entries.get(entries.size() - 1).sequence(), previous);
		}

		static String lines(long sequence, Instant at, String type, String subject, boolean alert, String details,
				String previousHash) {
			return String.join("\n", Long.toString(sequence), AT.format(at), type, subject, alert ? "true" : "false",
					details, previousHash);
		}

		static String sha256(String lines) {
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(lines.getBytes(StandardCharsets.UTF_8)));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		static String hmac(byte[] key, String lines) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
				return HexFormat.of().formatHex(mac.doFinal(lines.getBytes(StandardCharsets.UTF_8)));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
