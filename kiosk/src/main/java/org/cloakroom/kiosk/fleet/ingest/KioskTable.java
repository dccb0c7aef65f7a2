package org.cloakroom.kiosk.fleet.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.CentralHome;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code fleet_kiosk} table, read with its {@code fleet_chain} row for lag. */
@Repository
@CentralHome
class KioskTable {

	private static final String VIEW = "SELECT k.id, k.name, k.site, k.state, k.registered_at, k.registered_by,"
			+ " k.join_code_expires_at, k.joined_at, k.revoked_at, k.revoked_by, k.last_contact_at,"
			+ " k.reported_sequence, k.configuration_version, c.head_sequence, c.forked_at"
			+ " FROM fleet_kiosk k LEFT JOIN fleet_chain c ON c.kiosk_id = k.id";

	/** Columns by their own names (see {@code enrolment.EmployeeTable}). */
	private static final RowMapper<RegisteredKiosk> ROW = (rs, row) -> {
		Long reported = number(rs, "reported_sequence");
		Long central = number(rs, "head_sequence");
		return new RegisteredKiosk(rs.getLong("id"), rs.getString("name"), rs.getString("site"),
				KioskState.valueOf(rs.getString("state")), instant(rs, "registered_at"), rs.getString("registered_by"),
				instant(rs, "join_code_expires_at"), instant(rs, "joined_at"), instant(rs, "revoked_at"),
				rs.getString("revoked_by"), instant(rs, "last_contact_at"), reported, central,
				(reported != null && central != null) ? Math.max(0, reported - central) : null, number(rs, "forked_at"),
				number(rs, "configuration_version"));
	};

	/** What the fleet chain checks a token against. */
	record Credentials(long id, String name, String site, KioskState state, String tokenSha256) {
	}

	/** What a join needs of the kiosk its code names. */
	record Joining(long id, String name, String site, KioskState state, Instant joinCodeExpiresAt) {
	}

	private final JdbcClient jdbc;

	KioskTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, String site, String by, String joinCodeSha256, Instant expiresAt, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO fleet_kiosk (name, site, state, registered_at, registered_by, join_code_sha256,"
					+ " join_code_expires_at) VALUES (?, ?, 'REGISTERED', ?, ?, ?, ?)")
			.params(name, site, utc(now), by, joinCodeSha256, utc(expiresAt))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	boolean nameTaken(String name) {
		return this.jdbc.sql("SELECT COUNT(*) FROM fleet_kiosk WHERE name = ?")
			.param(name)
			.query(Long.class)
			.single() > 0;
	}

	List<RegisteredKiosk> list() {
		return this.jdbc.sql(VIEW + " ORDER BY k.site, k.name").query(ROW).list();
	}

	Optional<RegisteredKiosk> byName(String name) {
		return this.jdbc.sql(VIEW + " WHERE k.name = ?").param(name).query(ROW).optional();
	}

	Optional<RegisteredKiosk> byId(long id) {
		return this.jdbc.sql(VIEW + " WHERE k.id = ?").param(id).query(ROW).optional();
	}

	Optional<Credentials> credentials(long id) {
		return this.jdbc.sql("SELECT id, name, site, state, token_sha256 FROM fleet_kiosk WHERE id = ?")
			.param(id)
			.query((rs, row) -> new Credentials(rs.getLong("id"), rs.getString("name"), rs.getString("site"),
					KioskState.valueOf(rs.getString("state")), rs.getString("token_sha256")))
			.optional();
	}

	Optional<Joining> byJoinCode(String joinCodeSha256) {
		return this.jdbc
			.sql("SELECT id, name, site, state, join_code_expires_at FROM fleet_kiosk WHERE join_code_sha256 = ?")
			.param(joinCodeSha256)
			.query((rs, row) -> new Joining(rs.getLong("id"), rs.getString("name"), rs.getString("site"),
					KioskState.valueOf(rs.getString("state")), instant(rs, "join_code_expires_at")))
			.optional();
	}

	/**
	 * Joins the kiosk if it is still only registered: false when another join took the
	 * code first.
	 */
	boolean join(long id, String tokenSha256, String wrappingKeySealed, long sequence, Instant now) {
		return this.jdbc
			.sql("UPDATE fleet_kiosk SET state = 'JOINED', token_sha256 = ?, wrapping_key_sealed = ?, joined_at = ?,"
					+ " last_contact_at = ?, reported_sequence = ? WHERE id = ? AND state = 'REGISTERED'")
			.params(tokenSha256, wrappingKeySealed, utc(now), utc(now), sequence, id)
			.update() == 1;
	}

	boolean revoke(long id, String by, Instant now) {
		return this.jdbc
			.sql("UPDATE fleet_kiosk SET state = 'REVOKED', revoked_at = ?, revoked_by = ? WHERE id = ?"
					+ " AND state <> 'REVOKED'")
			.params(utc(now), by, id)
			.update() == 1;
	}

	/** The kiosk was heard from, its own head at {@code reported} (null: unchanged). */
	void contact(long id, Long reported, Instant now) {
		this.jdbc
			.sql("UPDATE fleet_kiosk SET last_contact_at = ?, reported_sequence = COALESCE(?, reported_sequence)"
					+ " WHERE id = ?")
			.params(utc(now), reported, id)
			.update();
	}

	/** The kiosk's wrapping key as {@link FleetJoin} sealed it (empty: not joined). */
	Optional<String> wrappingKeySealed(long id) {
		return this.jdbc.sql("SELECT wrapping_key_sealed FROM fleet_kiosk WHERE id = ?")
			.param(id)
			.query((rs, row) -> Optional.ofNullable(rs.getString("wrapping_key_sealed")))
			.optional()
			.flatMap((sealed) -> sealed);
	}

	/** The kiosk pulled central's configuration and now has {@code version}. */
	void configurationPulled(long id, long version, Instant now) {
		this.jdbc.sql("UPDATE fleet_kiosk SET configuration_version = ?, last_contact_at = ? WHERE id = ?")
			.params(version, utc(now), id)
			.update();
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Long number(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
