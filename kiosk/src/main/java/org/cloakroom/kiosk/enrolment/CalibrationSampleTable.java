package org.cloakroom.kiosk.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code calibration_sample} table. Bounded: per identity and adapter it keeps the
 * newest {@value #KEPT_ENROLMENT} enrolment samples (the anchor must survive any number
 * of badge-ins) and the newest {@value #KEPT_BADGE_IN} badge-in samples (a few weeks of
 * working days: the estimate follows a change of habit or of phone case).
 */
@Repository
class CalibrationSampleTable {

	static final int KEPT_ENROLMENT = 5;

	static final int KEPT_BADGE_IN = 30;

	private static final String COLUMNS = "SELECT id, phone_id, identity_id, adapter, level_dbm, spread_db, packets,"
			+ " source, taken_at, accepted, rejected_because FROM calibration_sample";

	private final JdbcClient jdbc;

	CalibrationSampleTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row with its id, as read back. */
	record Row(long id, long phoneId, CalibrationSample sample) {
	}

	long insert(long phoneId, CalibrationSample sample) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql(
				"INSERT INTO calibration_sample (phone_id, identity_id, adapter, level_dbm, spread_db, packets, source,"
						+ " taken_at, accepted, rejected_because) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(phoneId, sample.identityId(), sample.adapter(), sample.levelDbm(), sample.spreadDb(),
					sample.packets(), sample.source().word(), sample.takenAt().atOffset(ZoneOffset.UTC),
					sample.verdict().accepted(), sample.verdict().accepted() ? null : sample.verdict().word())
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/** Drops all but the newest samples of the identity on the adapter, per source. */
	void prune(long identityId, String adapter) {
		prune(identityId, adapter, CalibrationSource.ENROLMENT, KEPT_ENROLMENT);
		prune(identityId, adapter, CalibrationSource.BADGE_IN, KEPT_BADGE_IN);
	}

	private void prune(long identityId, String adapter, CalibrationSource source, int kept) {
		List<Long> ids = this.jdbc
			.sql("SELECT id FROM calibration_sample WHERE identity_id = ? AND adapter = ? AND source = ?"
					+ " ORDER BY taken_at DESC, id DESC")
			.params(identityId, adapter, source.word())
			.query(Long.class)
			.list();
		for (Long id : ids.subList(Math.min(kept, ids.size()), ids.size())) {
			this.jdbc.sql("DELETE FROM calibration_sample WHERE id = ?").param(id).update();
		}
	}

	/** The identity's samples on the adapter, oldest first. */
	List<Row> of(long identityId, String adapter) {
		return this.jdbc.sql(COLUMNS + " WHERE identity_id = ? AND adapter = ? ORDER BY taken_at, id")
			.params(identityId, adapter)
			.query(CalibrationSampleTable::row)
			.list();
	}

	/** The phone's samples, by identity and adapter, oldest first. */
	List<Row> ofPhone(long phoneId) {
		return this.jdbc.sql(COLUMNS + " WHERE phone_id = ? ORDER BY identity_id, adapter, taken_at, id")
			.param(phoneId)
			.query(CalibrationSampleTable::row)
			.list();
	}

	/** Every sample, by identity and adapter, oldest first. */
	List<Row> all() {
		return this.jdbc.sql(COLUMNS + " ORDER BY identity_id, adapter, taken_at, id")
			.query(CalibrationSampleTable::row)
			.list();
	}

	void verdict(long id, SampleVerdict verdict) {
		this.jdbc.sql("UPDATE calibration_sample SET accepted = ?, rejected_because = ? WHERE id = ?")
			.params(verdict.accepted(), verdict.accepted() ? null : verdict.word(), id)
			.update();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("phone_id"),
				new CalibrationSample(rs.getLong("identity_id"), rs.getString("adapter"), rs.getDouble("level_dbm"),
						rs.getDouble("spread_db"), rs.getInt("packets"), CalibrationSource.of(rs.getString("source")),
						rs.getObject("taken_at", OffsetDateTime.class).toInstant(),
						SampleVerdict.of(rs.getBoolean("accepted"), rs.getString("rejected_because"))));
	}

}
