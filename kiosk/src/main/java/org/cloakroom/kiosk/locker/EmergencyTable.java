package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code emergency_release} table: one row per release, the one in force without an
 * end. A unique index allows one in force at a time.
 */
@Repository
class EmergencyTable {

	private final JdbcClient jdbc;

	EmergencyTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The release in force: what it began as, and since when. */
	record InForce(long id, EmergencyCause cause, String by, String reason, Instant since) {
	}

	Optional<InForce> inForce() {
		return this.jdbc
			.sql("SELECT id, cause, started_by, reason, started_at FROM emergency_release" + " WHERE in_force = TRUE")
			.query((rs, number) -> new InForce(rs.getLong("id"), EmergencyCause.valueOf(rs.getString("cause")),
					rs.getString("started_by"), rs.getString("reason"),
					rs.getObject("started_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	InForce start(EmergencyCause cause, String by, String reason, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO emergency_release (cause, started_by, reason, started_at, in_force)"
					+ " VALUES (:cause, :by, :reason, :at, TRUE)")
			.param("cause", cause.name())
			.param("by", by)
			.param("reason", reason)
			.param("at", utc(at))
			.update(key, "id");
		return new InForce(key.getKey().longValue(), cause, by, reason, at);
	}

	/** Ends the release in force; false when none was. */
	boolean end(long id, String by, String note, Instant at) {
		return this.jdbc
			.sql("UPDATE emergency_release SET ended_by = :by, note = :note, ended_at = :at,"
					+ " in_force = NULL WHERE id = :id AND in_force = TRUE")
			.param("id", id)
			.param("by", by)
			.param("note", note)
			.param("at", utc(at))
			.update() == 1;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
