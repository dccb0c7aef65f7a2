package org.cloakroom.kiosk.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The area policy's settings changed on the console ({@code area_policy_setting}): one
 * row per setting the console set, none for a setting that follows the configuration.
 */
@Repository
class AreaPolicyTable {

	private final JdbcClient jdbc;

	AreaPolicyTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> all() {
		return this.jdbc
			.sql("SELECT setting, setting_value, changed_by, changed_at FROM area_policy_setting ORDER BY setting")
			.query(AreaPolicyTable::row)
			.list();
	}

	void put(String setting, String value, String by, Instant at) {
		int updated = this.jdbc
			.sql("UPDATE area_policy_setting SET setting_value = ?, changed_by = ?, changed_at = ? WHERE setting = ?")
			.params(value, by, at.atOffset(ZoneOffset.UTC), setting)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO area_policy_setting (setting, setting_value, changed_by, changed_at) "
						+ "VALUES (?, ?, ?, ?)")
				.params(setting, value, by, at.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	void remove(String setting) {
		this.jdbc.sql("DELETE FROM area_policy_setting WHERE setting = ?").param(setting).update();
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getString("setting"), rs.getString("setting_value"), rs.getString("changed_by"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant());
	}

	/** One setting as the console set it. */
	record Row(String setting, String value, String changedBy, Instant changedAt) {
	}

}
