package org.cloakroom.kiosk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of settings an admin set on the console over their configured values, one row
 * per setting set ({@code setting}, {@code setting_value}, {@code changed_by},
 * {@code changed_at}); none for a setting that follows the configuration. Each module
 * that keeps such settings has its own table and a subclass naming it.
 */
public abstract class ConsoleSettingTable {

	private final JdbcClient jdbc;

	private final String table;

	/**
	 * @param table the table's name: a constant of the subclass, never input
	 */
	protected ConsoleSettingTable(JdbcClient jdbc, String table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	public List<Row> all() {
		return this.jdbc
			.sql("SELECT setting, setting_value, changed_by, changed_at FROM " + this.table + " ORDER BY setting")
			.query(ConsoleSettingTable::row)
			.list();
	}

	public void put(String setting, String value, String by, Instant at) {
		int updated = this.jdbc
			.sql("UPDATE " + this.table + " SET setting_value = ?, changed_by = ?, changed_at = ? WHERE setting = ?")
			.params(value, by, at.atOffset(ZoneOffset.UTC), setting)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO " + this.table
						+ " (setting, setting_value, changed_by, changed_at) VALUES (?, ?, ?, ?)")
				.params(setting, value, by, at.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** Whether the setting had been set. */
	public boolean remove(String setting) {
		return this.jdbc.sql("DELETE FROM " + this.table + " WHERE setting = ?").param(setting).update() > 0;
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getString("setting"), rs.getString("setting_value"), rs.getString("changed_by"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant());
	}

	/** One setting as the console set it. */
	public record Row(String setting, String value, String changedBy, Instant changedAt) {
	}

}
