package org.cloakroom.kiosk.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The exemptions table. */
@Repository
class ExemptionTable {

	private static final String COLUMNS = "SELECT id, phone_id, employee_id, expires_at, granted_by, reason, "
			+ "granted_at, revoked_at, revoked_by FROM policy_exemption";

	private final JdbcClient jdbc;

	ExemptionTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ExemptionGrant grant, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO policy_exemption (phone_id, employee_id, expires_at, granted_by, reason, granted_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(number(grant.phoneId()), number(grant.employeeId()), utc(grant.expiresAt()), grant.grantedBy(),
					grant.reason(), utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** The column's bare number, or null for the target the grant does not name. */
	private static Long number(PhoneId id) {
		return (id != null) ? id.value() : null;
	}

	private static Long number(EmployeeId id) {
		return (id != null) ? id.value() : null;
	}

	List<Exemption> all() {
		return this.jdbc.sql(COLUMNS + " ORDER BY id").query(ExemptionTable::row).list();
	}

	Optional<Exemption> byId(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(ExemptionTable::row).optional();
	}

	/** Exemptions not revoked that name this phone or this employee. */
	List<Exemption> unrevokedFor(PhoneId phoneId, EmployeeId employeeId) {
		return this.jdbc
			.sql(COLUMNS + " WHERE revoked_at IS NULL AND (phone_id = ? OR employee_id = ?) ORDER BY expires_at DESC")
			.params(phoneId.value(), employeeId.value())
			.query(ExemptionTable::row)
			.list();
	}

	/**
	 * Writes central's copy of an exemption under central's id: inserted when new, else
	 * every field replaced.
	 */
	void put(Exemption exemption) {
		Object revokedAt = (exemption.revokedAt() != null) ? utc(exemption.revokedAt()) : null;
		int updated = this.jdbc
			.sql("UPDATE policy_exemption SET phone_id = ?, employee_id = ?, expires_at = ?, granted_by = ?, "
					+ "reason = ?, granted_at = ?, revoked_at = ?, revoked_by = ? WHERE id = ?")
			.params(number(exemption.phoneId()), number(exemption.employeeId()), utc(exemption.expiresAt()),
					exemption.grantedBy(), exemption.reason(), utc(exemption.grantedAt()), revokedAt,
					exemption.revokedBy(), exemption.id())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO policy_exemption (id, phone_id, employee_id, expires_at, granted_by, reason, "
						+ "granted_at, revoked_at, revoked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(exemption.id(), number(exemption.phoneId()), number(exemption.employeeId()),
						utc(exemption.expiresAt()), exemption.grantedBy(), exemption.reason(),
						utc(exemption.grantedAt()), revokedAt, exemption.revokedBy())
				.update();
		}
	}

	void revoke(long id, Instant at, String by) {
		this.jdbc.sql("UPDATE policy_exemption SET revoked_at = ?, revoked_by = ? WHERE id = ?")
			.params(utc(at), by, id)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Exemption row(ResultSet rs, int row) throws SQLException {
		return new Exemption(rs.getLong("id"), phone(rs.getObject("phone_id", Long.class)),
				employee(rs.getObject("employee_id", Long.class)), instant(rs, "expires_at"),
				rs.getString("granted_by"), rs.getString("reason"), instant(rs, "granted_at"),
				instant(rs, "revoked_at"), rs.getString("revoked_by"));
	}

	private static PhoneId phone(Long id) {
		return (id != null) ? PhoneId.of(id) : null;
	}

	private static EmployeeId employee(Long id) {
		return (id != null) ? EmployeeId.of(id) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value == null) ? null : value.toInstant();
	}

}
