package org.cloakroom.kiosk.fleet.publish;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.CentralHome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Central's configuration version ({@code fleet_configuration_version}) and the version
 * that last changed each item ({@code fleet_configuration_item}).
 */
@Repository
@CentralHome
class ConfigurationVersionTable {

	private final JdbcClient jdbc;

	ConfigurationVersionTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The version now and the oldest a delta answers from, as committed. */
	Versions versions() {
		return this.jdbc.sql("SELECT version, delta_floor FROM fleet_configuration_version WHERE id = 1")
			.query((rs, row) -> new Versions(rs.getLong("version"), rs.getLong("delta_floor")))
			.single();
	}

	/**
	 * Takes the version's row lock until this transaction ends: writers of the
	 * configuration take their turns, so that versions commit in the order they were
	 * given and a reader never sees version n+1 before n.
	 */
	Versions lock() {
		return this.jdbc.sql("SELECT version, delta_floor FROM fleet_configuration_version WHERE id = 1 FOR UPDATE")
			.query((rs, row) -> new Versions(rs.getLong("version"), rs.getLong("delta_floor")))
			.single();
	}

	/** The next version, under the lock taken. */
	long bump() {
		this.jdbc.sql("UPDATE fleet_configuration_version SET version = version + 1 WHERE id = 1").update();
		return versions().version();
	}

	void floor(long version) {
		this.jdbc.sql("UPDATE fleet_configuration_version SET delta_floor = ? WHERE id = 1 AND delta_floor < ?")
			.params(version, version)
			.update();
	}

	/** The digest of each item of the kind as last recorded (null: removed). */
	Map<String, String> digests(String kind) {
		Map<String, String> digests = new HashMap<>();
		this.jdbc.sql("SELECT item_key, digest FROM fleet_configuration_item WHERE kind = ?")
			.param(kind)
			.query((rs) -> {
				digests.put(rs.getString("item_key"), rs.getString("digest"));
			});
		return digests;
	}

	void record(String kind, String key, long version, String digest, Instant at) {
		int updated = this.jdbc
			.sql("UPDATE fleet_configuration_item SET version = ?, digest = ?, changed_at = ? "
					+ "WHERE kind = ? AND item_key = ?")
			.params(version, digest, at.atOffset(ZoneOffset.UTC), kind, key)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO fleet_configuration_item (kind, item_key, version, digest, changed_at) "
						+ "VALUES (?, ?, ?, ?, ?)")
				.params(kind, key, version, digest, at.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** The items changed after {@code since} up to {@code upTo}, by version. */
	List<Change> changed(long since, long upTo) {
		return this.jdbc
			.sql("SELECT kind, item_key, digest FROM fleet_configuration_item WHERE version > ? AND version <= ? "
					+ "ORDER BY version, kind, item_key")
			.params(since, upTo)
			.query((rs, row) -> new Change(rs.getString("kind"), rs.getString("item_key"),
					rs.getString("digest") == null))
			.list();
	}

	/**
	 * Forgets removals recorded before {@code before}.
	 * @return the newest version forgotten, 0 when none was
	 */
	long forgetRemovals(Instant before) {
		long newest = this.jdbc.sql(
				"SELECT COALESCE(MAX(version), 0) FROM fleet_configuration_item WHERE digest IS NULL AND changed_at < ?")
			.param(before.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		this.jdbc.sql("DELETE FROM fleet_configuration_item WHERE digest IS NULL AND changed_at < ?")
			.param(before.atOffset(ZoneOffset.UTC))
			.update();
		return newest;
	}

	record Versions(long version, long floor) {
	}

	record Change(String kind, String key, boolean removed) {
	}

}
