package org.cloakroom.kiosk.fleet.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code fleet_event} table: every kiosk's entries. A batch is one multi-row INSERT,
 * one round trip however many entries it holds.
 */
@Repository
@CentralHome
class FleetEventTable {

	private static final String INSERT = "INSERT INTO fleet_event (kiosk_id, sequence, recorded_at, type, subject,"
			+ " alert, details, previous_hash, hash, key_id, received_at) VALUES ";

	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	FleetEventTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long kioskId, List<ForwardedEntry> entries, Instant receivedAt) {
		if (entries.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder(INSERT.length() + entries.size() * (ROW.length() + 2)).append(INSERT);
		List<Object> params = new ArrayList<>(entries.size() * 11);
		OffsetDateTime received = KioskTable.utc(receivedAt);
		for (ForwardedEntry entry : entries) {
			sql.append((params.isEmpty()) ? ROW : ", " + ROW);
			params.add(kioskId);
			params.add(entry.sequence());
			params.add(KioskTable.utc(entry.recordedAt()));
			params.add(entry.type());
			params.add(entry.subject());
			params.add(entry.alert());
			params.add(entry.details());
			params.add(entry.previousHash());
			params.add(entry.hash());
			params.add(entry.keyId());
			params.add(received);
		}
		this.jdbc.sql(sql.toString()).params(params).update();
	}

	/** The hashes central holds of the kiosk's entries {@code from} to {@code to}. */
	Map<Long, String> hashes(long kioskId, long from, long to) {
		Map<Long, String> hashes = new HashMap<>();
		this.jdbc.sql("SELECT sequence, hash FROM fleet_event WHERE kiosk_id = ? AND sequence BETWEEN ? AND ?")
			.params(kioskId, from, to)
			.query((rs) -> {
				hashes.put(rs.getLong("sequence"), rs.getString("hash"));
			});
		return hashes;
	}

	/**
	 * The kiosk's entries central holds after {@code sequence}, oldest first, at most
	 * {@code limit}: what a kiosk restored from an old backup catches up with.
	 */
	List<ForwardedEntry> after(long kioskId, long sequence, int limit) {
		return this.jdbc
			.sql("SELECT sequence, recorded_at, type, subject, alert, details, previous_hash, hash, key_id"
					+ " FROM fleet_event WHERE kiosk_id = ? AND sequence > ? ORDER BY sequence LIMIT ?")
			.params(kioskId, sequence, limit)
			.query((rs, row) -> new ForwardedEntry(rs.getLong("sequence"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("type"),
					rs.getString("subject"), rs.getBoolean("alert"), rs.getString("details"),
					rs.getString("previous_hash"), rs.getString("hash"), rs.getString("key_id")))
			.list();
	}

	long count(long kioskId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM fleet_event WHERE kiosk_id = ?")
			.param(kioskId)
			.query(Long.class)
			.single();
	}

}
