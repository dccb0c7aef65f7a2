package org.cloakroom.kiosk.violation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The episodes' table: open ones are read back at start, so a restart loses none. */
@Component
class EpisodeTable {

	private final JdbcClient jdbc;

	EpisodeTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Episode> open() {
		return this.jdbc
			.sql("SELECT id, episode_key, rule, subject, started_at, quiet_since FROM violation_episode "
					+ "WHERE ended_at IS NULL ORDER BY id")
			.query(EpisodeTable::episode)
			.list();
	}

	Episode open(String key, ViolationRule rule, String subject, Instant at) {
		GeneratedKeyHolder id = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO violation_episode (episode_key, rule, subject, started_at) VALUES (?, ?, ?, ?)")
			.params(key, rule.name(), subject, utc(at))
			.update(id, "id");
		return new Episode(id.getKeyAs(Long.class), key, rule, subject, at, null);
	}

	void quiet(long id, Instant since) {
		this.jdbc.sql("UPDATE violation_episode SET quiet_since = ? WHERE id = ?").params(utc(since), id).update();
	}

	void end(long id, Instant at, EpisodeEnd reason) {
		this.jdbc.sql("UPDATE violation_episode SET ended_at = ?, end_reason = ? WHERE id = ?")
			.params(utc(at), reason.name(), id)
			.update();
	}

	private static Episode episode(ResultSet rs, int row) throws SQLException {
		return new Episode(rs.getLong("id"), rs.getString("episode_key"), ViolationRule.valueOf(rs.getString("rule")),
				rs.getString("subject"), instant(rs, "started_at"), instant(rs, "quiet_since"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
