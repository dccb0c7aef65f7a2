package org.cloakroom.kiosk.fleet.ingest;

import java.time.Instant;
import java.util.Optional;

import org.cloakroom.kiosk.CentralHome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code fleet_chain} table: each kiosk's head as central holds it. */
@Repository
@CentralHome
class ChainTable {

	/**
	 * A kiosk's chain head: {@code hash} null while central holds none of the entries of
	 * a kiosk that joined with some in its log; {@code forkedAt} non-null once forked.
	 */
	record Head(long sequence, String hash, Long forkedAt) {
	}

	private final JdbcClient jdbc;

	ChainTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void create(long kioskId, long sequence, String hash, Instant now) {
		this.jdbc.sql("INSERT INTO fleet_chain (kiosk_id, head_sequence, head_hash, updated_at) VALUES (?, ?, ?, ?)")
			.params(kioskId, sequence, hash, KioskTable.utc(now))
			.update();
	}

	/**
	 * The kiosk's head, its row locked until the transaction ends: one batch of a kiosk
	 * at a time.
	 */
	Optional<Head> lock(long kioskId) {
		return this.jdbc
			.sql("SELECT head_sequence, head_hash, forked_at FROM fleet_chain WHERE kiosk_id = ? FOR UPDATE")
			.param(kioskId)
			.query((rs, row) -> {
				long forked = rs.getLong("forked_at");
				Long forkedAt = rs.wasNull() ? null : forked;
				return new Head(rs.getLong("head_sequence"), rs.getString("head_hash"), forkedAt);
			})
			.optional();
	}

	void advance(long kioskId, long sequence, String hash, Instant now) {
		this.jdbc.sql("UPDATE fleet_chain SET head_sequence = ?, head_hash = ?, updated_at = ? WHERE kiosk_id = ?")
			.params(sequence, hash, KioskTable.utc(now), kioskId)
			.update();
	}

	void fork(long kioskId, long sequence, Instant now) {
		this.jdbc.sql("UPDATE fleet_chain SET forked_at = ?, updated_at = ? WHERE kiosk_id = ?")
			.params(sequence, KioskTable.utc(now), kioskId)
			.update();
	}

}
