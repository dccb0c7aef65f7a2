package org.cloakroom.kiosk.fleet.ingest;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.audit.Checkpoint;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code fleet_checkpoint} table: the kiosks' checkpoints whose signatures verified;
 * {@code verified_at} once central holds the entry they name with their hash.
 */
@Repository
@CentralHome
class CheckpointTable {

	/** A checkpoint whose entry central did not hold when it came. */
	record Pending(long sequence, String hash, String signingKey, String text) {
	}

	private final JdbcClient jdbc;

	CheckpointTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean holds(long kioskId, Checkpoint checkpoint) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM fleet_checkpoint WHERE kiosk_id = ? AND sequence = ? AND signing_key = ?")
			.params(kioskId, checkpoint.sequence(), checkpoint.signingKey())
			.query(Long.class)
			.single() > 0;
	}

	void insert(long kioskId, Checkpoint checkpoint, Instant verifiedAt) {
		this.jdbc
			.sql("INSERT INTO fleet_checkpoint (kiosk_id, sequence, hash, signed_at, signing_key, text, verified_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(kioskId, checkpoint.sequence(), checkpoint.hash(), KioskTable.utc(checkpoint.signedAt()),
					checkpoint.signingKey(), checkpoint.text(), KioskTable.utc(verifiedAt))
			.update();
	}

	/** The unverified checkpoints of entries {@code from} to {@code to}. */
	List<Pending> pending(long kioskId, long from, long to) {
		return this.jdbc
			.sql("SELECT sequence, hash, signing_key, text FROM fleet_checkpoint WHERE kiosk_id = ?"
					+ " AND verified_at IS NULL AND sequence BETWEEN ? AND ?")
			.params(kioskId, from, to)
			.query((rs, row) -> new Pending(rs.getLong("sequence"), rs.getString("hash"), rs.getString("signing_key"),
					rs.getString("text")))
			.list();
	}

	void verified(long kioskId, Pending checkpoint, Instant now) {
		this.jdbc
			.sql("UPDATE fleet_checkpoint SET verified_at = ? WHERE kiosk_id = ? AND sequence = ? AND signing_key = ?")
			.params(KioskTable.utc(now), kioskId, checkpoint.sequence(), checkpoint.signingKey())
			.update();
	}

	/**
	 * A checkpoint the entry contradicted leaves the table; the alert's entry keeps its
	 * text.
	 */
	void remove(long kioskId, Pending checkpoint) {
		this.jdbc.sql("DELETE FROM fleet_checkpoint WHERE kiosk_id = ? AND sequence = ? AND signing_key = ?")
			.params(kioskId, checkpoint.sequence(), checkpoint.signingKey())
			.update();
	}

}
