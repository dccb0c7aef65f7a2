package org.cloakroom.kiosk.siem;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code siem_cursor} table: one row, the last audit sequence written and flushed to
 * the SIEM.
 */
class SiemCursorTable {

	private final JdbcClient jdbc;

	SiemCursorTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long lastSequence() {
		return this.jdbc.sql("SELECT last_sequence FROM siem_cursor WHERE id = 1").query(Long.class).single();
	}

	void save(long lastSequence, Instant at) {
		int updated = this.jdbc.sql("UPDATE siem_cursor SET last_sequence = ?, updated_at = ? WHERE id = 1")
			.params(lastSequence, at.atOffset(ZoneOffset.UTC))
			.update();
		if (updated != 1) {
			throw new IllegalStateException("The siem_cursor row is missing (V15__siem_cursor.sql inserts it)");
		}
	}

}
