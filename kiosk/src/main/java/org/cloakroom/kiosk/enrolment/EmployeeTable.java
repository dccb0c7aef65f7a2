package org.cloakroom.kiosk.enrolment;

import java.time.Instant;
import java.time.OffsetDateTime;
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

	private static final String COLUMNS = "SELECT id, name, badge_id, pin_hash, language, deactivated_at FROM employee";

	/**
	 * Maps columns by their own names: JdbcClient's record mapping would first ask H2 for
	 * a column named like the component ({@code badgeId}), and H2 writes a stack trace to
	 * its trace file for every such miss.
	 */
	private static final RowMapper<Row> ROW = (rs, row) -> new Row(EmployeeId.of(rs.getLong("id")),
			rs.getString("name"), rs.getString("badge_id"), rs.getString("pin_hash"), rs.getString("language"),
			instant(rs.getObject("deactivated_at", OffsetDateTime.class)));

	private final JdbcClient jdbc;

	EmployeeTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	EmployeeId insert(String name, String badgeId, String pinHash, String language, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO employee (name, badge_id, pin_hash, language, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(name, badgeId, pinHash, language, now.atOffset(ZoneOffset.UTC))
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
		return row(id).map(Row::ref);
	}

	Optional<Row> row(EmployeeId id) {
		return this.jdbc.sql(COLUMNS + " WHERE id = ?").param(id.value()).query(ROW).optional();
	}

	List<EmployeeRef> all() {
		return rows().stream().map(Row::ref).toList();
	}

	List<Row> rows() {
		return this.jdbc.sql(COLUMNS + " ORDER BY name, id").query(ROW).list();
	}

	void edit(EmployeeId id, String name, String language) {
		this.jdbc.sql("UPDATE employee SET name = ?, language = ? WHERE id = ?")
			.params(name, language, id.value())
			.update();
	}

	void badge(EmployeeId id, String badgeId) {
		this.jdbc.sql("UPDATE employee SET badge_id = ? WHERE id = ?").params(badgeId, id.value()).update();
	}

	void pinHash(EmployeeId id, String pinHash) {
		this.jdbc.sql("UPDATE employee SET pin_hash = ? WHERE id = ?").params(pinHash, id.value()).update();
	}

	/**
	 * Writes central's copy of an employee under central's id: inserted when new, else
	 * every field replaced.
	 */
	void put(EmployeeRecord employee, Instant now) {
		Object deactivated = (employee.deactivatedAt() != null) ? employee.deactivatedAt().atOffset(ZoneOffset.UTC)
				: null;
		int updated = this.jdbc
			.sql("UPDATE employee SET name = ?, badge_id = ?, pin_hash = ?, language = ?, deactivated_at = ? "
					+ "WHERE id = ?")
			.params(employee.name(), employee.badgeId(), employee.pinHash(), employee.language(), deactivated,
					employee.id().value())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO employee (id, name, badge_id, pin_hash, language, deactivated_at, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(employee.id().value(), employee.name(), employee.badgeId(), employee.pinHash(),
						employee.language(), deactivated, now.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** Deactivates the employee at {@code at}, or reactivates for null. */
	void deactivatedAt(EmployeeId id, Instant at) {
		this.jdbc.sql("UPDATE employee SET deactivated_at = ? WHERE id = ?")
			.params((at != null) ? at.atOffset(ZoneOffset.UTC) : null, id.value())
			.update();
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	/** An employee with the PIN hash, which never leaves this module. */
	record Row(EmployeeId id, String name, String badgeId, String pinHash, String language, Instant deactivatedAt) {

		EmployeeRef ref() {
			return new EmployeeRef(this.id, this.name, this.badgeId, this.language);
		}

		EmployeeRecord record() {
			return new EmployeeRecord(this.id, this.name, this.badgeId, this.pinHash, this.language,
					this.deactivatedAt);
		}

		EmployeeView view() {
			return new EmployeeView(this.id, this.name, this.badgeId, this.language, this.deactivatedAt);
		}

		@Override
		public String toString() {
			return "Row[id=" + this.id + ", badgeId=" + this.badgeId + "]";
		}

	}

}
