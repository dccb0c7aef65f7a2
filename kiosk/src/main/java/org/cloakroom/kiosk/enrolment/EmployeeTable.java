package org.cloakroom.kiosk.enrolment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code employee} table. */
@Repository
class EmployeeTable {

	private static final String COLUMNS = "SELECT id, name, badge_id, pin_hash, language FROM employee";

	/**
	 * Maps columns by their own names: JdbcClient's record mapping would first ask H2 for
	 * a column named like the component ({@code badgeId}), and H2 writes a stack trace to
	 * its trace file for every such miss.
	 */
	private static final RowMapper<Row> ROW = (rs, row) -> new Row(EmployeeId.of(rs.getLong("id")),
			rs.getString("name"), rs.getString("badge_id"), rs.getString("pin_hash"), rs.getString("language"));

	private final JdbcClient jdbc;

	EmployeeTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	EmployeeId insert(String name, String badgeId, String pinHash, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO employee (name, badge_id, pin_hash, created_at) VALUES (?, ?, ?, ?)")
			.params(name, badgeId, pinHash, now.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return EmployeeId.of(key.getKeyAs(Long.class));
	}

	boolean badgeTaken(String badgeId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM employee WHERE badge_id = ?")
			.param(badgeId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Row> byBadge(String badgeId) {
		return this.jdbc.sql(COLUMNS + " WHERE badge_id = ?").param(badgeId).query(ROW).optional();
	}

	Optional<EmployeeRef> byId(EmployeeId id) {
		return this.jdbc.sql(COLUMNS + " WHERE id = ?").param(id.value()).query(ROW).optional().map(Row::ref);
	}

	List<EmployeeRef> all() {
		return this.jdbc.sql(COLUMNS + " ORDER BY name, id").query(ROW).list().stream().map(Row::ref).toList();
	}

	/** An employee with the PIN hash, which never leaves this module. */
	record Row(EmployeeId id, String name, String badgeId, String pinHash, String language) {

		EmployeeRef ref() {
			return new EmployeeRef(this.id, this.name, this.badgeId, this.language);
		}

		@Override
		public String toString() {
			return "Row[id=" + this.id + ", badgeId=" + this.badgeId + "]";
		}

	}

}
