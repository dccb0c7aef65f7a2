package org.cloakroom.kiosk.fleet.forward;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code fleet_forwarding_cursor} table: one row, the last sequence central
 * acknowledged, the newest checkpoint sent, and the kiosk id (of which join) they belong
 * to.
 */
class ForwardingCursorTable {

	private final JdbcClient jdbc;

	ForwardingCursorTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Cursor read() {
		return this.jdbc
			.sql("SELECT kiosk, acknowledged, checkpoint_sequence FROM fleet_forwarding_cursor WHERE id = 1")
			.query((rs, row) -> new Cursor((rs.getObject(1) != null) ? rs.getLong(1) : null, rs.getLong(2),
					rs.getLong(3)))
			.single();
	}

	void save(Cursor cursor, Instant at) {
		int updated = this.jdbc
			.sql("UPDATE fleet_forwarding_cursor SET kiosk = ?, acknowledged = ?, checkpoint_sequence = ?,"
					+ " updated_at = ? WHERE id = 1")
			.params(cursor.kiosk(), cursor.acknowledged(), cursor.checkpointSequence(), at.atOffset(ZoneOffset.UTC))
			.update();
		if (updated != 1) {
			throw new IllegalStateException(
					"The fleet_forwarding_cursor row is missing (V26__fleet_forwarding_cursor.sql inserts it)");
		}
	}

	/**
	 * @param kiosk the kiosk id of the join this cursor counts for, or null before the
	 * first start after a join
	 */
	record Cursor(Long kiosk, long acknowledged, long checkpointSequence) {

		Cursor acknowledged(long sequence, long checkpoint) {
			return new Cursor(this.kiosk, sequence, Math.min(checkpoint, sequence));
		}

	}

}
