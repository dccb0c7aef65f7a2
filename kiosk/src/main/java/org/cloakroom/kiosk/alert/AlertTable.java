package org.cloakroom.kiosk.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code alert} table. Centrally an alert may name the registered kiosk whose entry
 * raised it; its site is read from the registered kiosks ({@code fleet_kiosk}) as it is
 * listed, so that a kiosk's site is one fact.
 */
@Repository
class AlertTable {

	private static final String COLUMNS = "SELECT id, raised_by_sequence, type, subject, severity, status, opened_at,"
			+ " episode_key, episode_started_at, episode_ended_at, assignee, acknowledged_by, acknowledged_at,"
			+ " acknowledged_note, resolved_by, resolved_at, resolved_note, kiosk,"
			+ " (SELECT k.site FROM fleet_kiosk k WHERE k.name = alert.kiosk) AS site FROM alert";

	/** Columns by their own names (see {@code enrolment.EmployeeTable}). */
	private static final RowMapper<Alert> ROW = (rs, row) -> new Alert(rs.getLong("id"),
			rs.getLong("raised_by_sequence"), rs.getString("type"), rs.getString("subject"),
			AlertSeverity.valueOf(rs.getString("severity")), AlertStatus.valueOf(rs.getString("status")),
			instant(rs, "opened_at"), episode(rs), rs.getString("assignee"), step(rs, "acknowledged"),
			step(rs, "resolved"), rs.getString("kiosk"), rs.getString("site"));

	private final JdbcClient jdbc;

	AlertTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param kiosk the registered kiosk whose entry {@code sequence} raised it, or null
	 * for an entry of this instance's own log
	 */
	long open(String kiosk, long sequence, String type, String subject, AlertSeverity severity, Instant at,
			String episodeKey) {
		KeyHolder key = new GeneratedKeyHolder();
		OffsetDateTime openedAt = at.atOffset(ZoneOffset.UTC);
		this.jdbc
			.sql("INSERT INTO alert (raised_by_sequence, type, subject, severity, status, opened_at, episode_key,"
					+ " open_episode_key, episode_started_at, changed_by_sequence, kiosk)"
					+ " VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?)")
			.params(sequence, type, subject, severity.name(), openedAt, episodeKey, episodeKey,
					(episodeKey != null) ? openedAt : null, sequence, kiosk)
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/** Whether the kiosk's entry opened an alert already (a batch forwarded again). */
	boolean raised(String kiosk, long sequence) {
		return this.jdbc.sql("SELECT COUNT(*) FROM alert WHERE kiosk = ? AND raised_by_sequence = ?")
			.params(kiosk, sequence)
			.query(Long.class)
			.single() > 0;
	}

	boolean episodeOpen(String episodeKey) {
		return this.jdbc.sql("SELECT COUNT(*) FROM alert WHERE open_episode_key = ?")
			.param(episodeKey)
			.query(Long.class)
			.single() > 0;
	}

	/** Stamps the end on the open episode's alert; false if no alert has it open. */
	boolean endEpisode(String episodeKey, Instant endedAt, long sequence) {
		return this.jdbc
			.sql("UPDATE alert SET episode_ended_at = ?, open_episode_key = NULL, changed_by_sequence = ?"
					+ " WHERE open_episode_key = ?")
			.params(endedAt.atOffset(ZoneOffset.UTC), sequence, episodeKey)
			.update() > 0;
	}

	void changedBy(long alertId, long sequence) {
		this.jdbc.sql("UPDATE alert SET changed_by_sequence = ? WHERE id = ?").params(sequence, alertId).update();
	}

	/**
	 * Writes an officer's step, if the alert is still as it was read ({@code before}):
	 * false when another step got there first.
	 */
	boolean step(Alert before, Alert after) {
		return this.jdbc
			.sql("UPDATE alert SET status = ?, assignee = ?, acknowledged_by = ?, acknowledged_at = ?,"
					+ " acknowledged_note = ?, resolved_by = ?, resolved_at = ?, resolved_note = ?"
					+ " WHERE id = ? AND status = ? AND assignee IS NOT DISTINCT FROM ?")
			.params(after.status().name(), after.assignee(), by(after.acknowledged()), at(after.acknowledged()),
					note(after.acknowledged()), by(after.resolved()), at(after.resolved()), note(after.resolved()),
					before.id(), before.status().name(), before.assignee())
			.update() == 1;
	}

	Optional<Alert> byId(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(ROW).optional();
	}

	Optional<Alert> changedBy(long sequence) {
		// a kiosk's alerts are changed by its sequences, not by this log's
		return this.jdbc.sql(COLUMNS + " WHERE changed_by_sequence = ? AND kiosk IS NULL")
			.param(sequence)
			.query(ROW)
			.optional();
	}

	/** Newest first, ids below {@code before} (null: from the newest). */
	List<Alert> list(AlertFilter filter, Long before, int limit) {
		StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (!filter.statuses().isEmpty()) {
			sql.append(" AND status IN (")
				.append(String.join(", ", filter.statuses().stream().map((status) -> "?").toList()))
				.append(')');
			filter.statuses().stream().map(Enum::name).sorted().forEach(params::add);
		}
		condition(sql, params, "severity = ?", (filter.severity() != null) ? filter.severity().name() : null);
		condition(sql, params, "assignee = ?", filter.assignee());
		condition(sql, params, "type = ?", filter.type());
		condition(sql, params, "opened_at >= ?", utc(filter.from()));
		condition(sql, params, "opened_at < ?", utc(filter.to()));
		condition(sql, params, "kiosk = ?", filter.kiosk());
		condition(sql, params, "kiosk IN (SELECT k.name FROM fleet_kiosk k WHERE k.site = ?)", filter.site());
		condition(sql, params, "id < ?", before);
		sql.append(" ORDER BY id DESC FETCH FIRST ? ROWS ONLY");
		params.add(limit);
		return this.jdbc.sql(sql.toString()).params(params).query(ROW).list();
	}

	AlertCounts counts() {
		long[] counts = new long[AlertStatus.values().length];
		this.jdbc.sql("SELECT status, COUNT(*) AS alerts FROM alert GROUP BY status")
			.query((rs, row) -> counts[AlertStatus.valueOf(rs.getString("status")).ordinal()] = rs.getLong("alerts"))
			.list();
		return new AlertCounts(counts[AlertStatus.OPEN.ordinal()], counts[AlertStatus.ACKNOWLEDGED.ordinal()],
				counts[AlertStatus.RESOLVED.ordinal()]);
	}

	private static void condition(StringBuilder sql, List<Object> params, String condition, Object value) {
		if (value != null) {
			sql.append(" AND ").append(condition);
			params.add(value);
		}
	}

	private static OffsetDateTime utc(Instant at) {
		return (at != null) ? at.atOffset(ZoneOffset.UTC) : null;
	}

	private static String by(AlertStep step) {
		return (step != null) ? step.by() : null;
	}

	private static OffsetDateTime at(AlertStep step) {
		return (step != null) ? utc(step.at()) : null;
	}

	private static String note(AlertStep step) {
		return (step != null) ? step.note() : null;
	}

	private static AlertEpisode episode(ResultSet rs) throws SQLException {
		String key = rs.getString("episode_key");
		return (key != null) ? new AlertEpisode(key, instant(rs, "episode_started_at"), instant(rs, "episode_ended_at"))
				: null;
	}

	private static AlertStep step(ResultSet rs, String step) throws SQLException {
		String by = rs.getString(step + "_by");
		return (by != null) ? new AlertStep(by, instant(rs, step + "_at"), rs.getString(step + "_note")) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.toInstant() : null;
	}

}
