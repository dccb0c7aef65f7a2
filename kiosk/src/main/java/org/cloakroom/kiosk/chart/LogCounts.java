package org.cloakroom.kiosk.chart;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Aggregates over the audit log's table, in portable SQL: buckets are whole hours or days
 * of UTC counted from the epoch ({@code EXTRACT(EPOCH ...)}, the same in H2 and
 * PostgreSQL whatever the session's time zone), so the database counts and only the
 * counts travel.
 */
@Component
class LogCounts {

	/** Seconds in a bucket of an hour and of a day. */
	static final long HOUR = 3_600;

	static final long DAY = 86_400;

	private final JdbcClient jdbc;

	LogCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Entries of the type in [from, to), per bucket (its first second since the epoch).
	 */
	Map<Long, Long> ofType(String type, Instant from, Instant to, long bucket) {
		Map<Long, Long> counts = new TreeMap<>();
		this.jdbc.sql("SELECT FLOOR(EXTRACT(EPOCH FROM recorded_at) / :bucket) AS slot, COUNT(*) AS entries"
				+ " FROM audit_event WHERE type = :type AND recorded_at >= :from AND recorded_at < :to GROUP BY slot")
			.param("bucket", bucket)
			.param("type", type)
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, row) -> counts.put(rs.getLong("slot") * bucket, rs.getLong("entries")))
			.list();
		return counts;
	}

	/** Entries that raised an alert in [from, to), per type and per bucket. */
	Map<String, Map<Long, Long>> alertsByType(Instant from, Instant to, long bucket) {
		Map<String, Map<Long, Long>> counts = new TreeMap<>();
		this.jdbc
			.sql("SELECT type, FLOOR(EXTRACT(EPOCH FROM recorded_at) / :bucket) AS slot, COUNT(*) AS entries"
					+ " FROM audit_event WHERE alert = TRUE AND recorded_at >= :from AND recorded_at < :to"
					+ " GROUP BY type, slot")
			.param("bucket", bucket)
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, row) -> counts.computeIfAbsent(rs.getString("type"), (type) -> new TreeMap<>())
				.put(rs.getLong("slot") * bucket, rs.getLong("entries")))
			.list();
		return counts;
	}

	/** The entries of the types in [from, to), oldest first: their time and details. */
	List<Recorded> details(List<String> types, Instant from, Instant to) {
		return this.jdbc
			.sql("SELECT type, recorded_at, details FROM audit_event WHERE type IN (:types)"
					+ " AND recorded_at >= :from AND recorded_at < :to ORDER BY sequence")
			.param("types", types)
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, row) -> new Recorded(rs.getString("type"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("details")))
			.list();
	}

	/** An entry's type, time and details. */
	record Recorded(String type, Instant at, String details) {
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
