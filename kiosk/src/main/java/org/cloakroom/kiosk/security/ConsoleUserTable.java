package org.cloakroom.kiosk.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code console_user} table. */
@Repository
class ConsoleUserTable {

	private static final String COLUMNS = "SELECT username, password_hash, role, enabled, must_change_password,"
			+ " failed_attempts, first_failure_at, locked_until, created_by, created_at, changed_by, changed_at"
			+ " FROM console_user";

	private static final RowMapper<Row> ROW = (rs, row) -> new Row(rs.getString("username"),
			rs.getString("password_hash"), ConsoleRole.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
			rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
			instant(rs.getObject("first_failure_at", OffsetDateTime.class)),
			instant(rs.getObject("locked_until", OffsetDateTime.class)), rs.getString("created_by"),
			instant(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("changed_by"),
			instant(rs.getObject("changed_at", OffsetDateTime.class)));

	private final JdbcClient jdbc;

	ConsoleUserTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM console_user").query(Long.class).single();
	}

	long enabledAdmins() {
		return this.jdbc.sql("SELECT COUNT(*) FROM console_user WHERE role = 'ADMIN' AND enabled")
			.query(Long.class)
			.single();
	}

	Optional<Row> find(String username) {
		return this.jdbc.sql(COLUMNS + " WHERE username = ?").param(username).query(ROW).optional();
	}

	/** The row locked for update, so that concurrent failures count one by one. */
	Optional<Row> lock(String username) {
		return this.jdbc.sql(COLUMNS + " WHERE username = ? FOR UPDATE").param(username).query(ROW).optional();
	}

	List<Row> all() {
		return this.jdbc.sql(COLUMNS + " ORDER BY username").query(ROW).list();
	}

	void insert(String username, String hash, ConsoleRole role, boolean mustChange, String by, Instant at) {
		this.jdbc
			.sql("INSERT INTO console_user (username, password_hash, role, must_change_password, created_by,"
					+ " created_at, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(username, hash, role.name(), mustChange, by, utc(at), by, utc(at))
			.update();
	}

	void role(String username, ConsoleRole role, String by, Instant at) {
		this.jdbc.sql("UPDATE console_user SET role = ?, changed_by = ?, changed_at = ? WHERE username = ?")
			.params(role.name(), by, utc(at), username)
			.update();
	}

	void enabled(String username, boolean enabled, String by, Instant at) {
		this.jdbc.sql("UPDATE console_user SET enabled = ?, changed_by = ?, changed_at = ? WHERE username = ?")
			.params(enabled, by, utc(at), username)
			.update();
	}

	/** A new password: failures and any lock-out are forgotten with the old one. */
	void password(String username, String hash, boolean mustChange, String by, Instant at) {
		this.jdbc.sql("UPDATE console_user SET password_hash = ?, must_change_password = ?, failed_attempts = 0,"
				+ " first_failure_at = NULL, locked_until = NULL, changed_by = ?, changed_at = ? WHERE username = ?")
			.params(hash, mustChange, by, utc(at), username)
			.update();
	}

	/** The same password hashed anew (a stronger setting): not a change anybody made. */
	void rehash(String username, String hash) {
		this.jdbc.sql("UPDATE console_user SET password_hash = ? WHERE username = ?").params(hash, username).update();
	}

	void failures(String username, int attempts, Instant firstFailureAt, Instant lockedUntil) {
		this.jdbc
			.sql("UPDATE console_user SET failed_attempts = ?, first_failure_at = ?, locked_until = ?"
					+ " WHERE username = ?")
			.params(attempts, utc(firstFailureAt), utc(lockedUntil), username)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/** A console user with the password hash, which never leaves this module. */
	record Row(String username, String passwordHash, ConsoleRole role, boolean enabled, boolean mustChangePassword,
			int failedAttempts, Instant firstFailureAt, Instant lockedUntil, String createdBy, Instant createdAt,
			String changedBy, Instant changedAt) {

		boolean lockedAt(Instant now) {
			return this.lockedUntil != null && now.isBefore(this.lockedUntil);
		}

		ConsoleUser view(Instant now) {
			return new ConsoleUser(this.username, this.role, this.enabled, this.mustChangePassword,
					lockedAt(now) ? this.lockedUntil : null, this.createdBy, this.createdAt, this.changedBy,
					this.changedAt);
		}

		@Override
		public String toString() {
			return "Row[username=" + this.username + ", role=" + this.role + "]";
		}

	}

}
