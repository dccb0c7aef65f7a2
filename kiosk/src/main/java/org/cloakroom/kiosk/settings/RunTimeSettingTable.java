package org.cloakroom.kiosk.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The run-time settings an admin set on the console ({@code run_time_setting}). */
@Repository
class RunTimeSettingTable {

	private final JdbcClient jdbc;

	RunTimeSettingTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> all() {
		return this.jdbc
			.sql("SELECT setting, setting_value, changed_by, changed_at FROM run_time_setting ORDER BY setting")
			.query(RunTimeSettingTable::row)
			.list();
	}

	void put(String setting, String value, String by, Instant at) {
		int updated = this.jdbc
			.sql("UPDATE run_time_setting SET setting_value = ?, changed_by = ?, changed_at = ? WHERE setting = ?")
			.params(value, by, at.atOffset(ZoneOffset.UTC), setting)
			.update();
		if (updated == 0) {
			this.jdbc.sql(
					"INSERT INTO run_time_setting (setting, setting_value, changed_by, changed_at) VALUES (?, ?, ?, ?)")
				.params(setting, value, by, at.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	boolean remove(String setting) {
		return this.jdbc.sql("DELETE FROM run_time_setting WHERE setting = ?").param(setting).update() > 0;
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getString("setting"), rs.getString("setting_value"), rs.getString("changed_by"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant());
	}

	record Row(String setting, String value, String changedBy, Instant changedAt) {
	}

}
