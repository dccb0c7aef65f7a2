package org.cloakroom.kiosk.fleet.retention;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Monthly partitions of {@code fleet_event} for the tests, with the table and its DEFAULT
 * partition from ISSUE17's central schema where the migrations have not made them (until
 * the ingest's V25 is merged).
 */
final class FleetEventPartitions {

	private FleetEventPartitions() {
	}

	/**
	 * Creates one partition per month given as {@code 2026-01}, named
	 * {@code fleet_event_2026_01}.
	 */
	static void create(JdbcClient jdbc, String... months) {
		if (!jdbc.sql("SELECT to_regclass('fleet_event') IS NOT NULL").query(Boolean.class).single()) {
			jdbc.sql("""
					CREATE TABLE fleet_event (
					  kiosk_id BIGINT NOT NULL, sequence BIGINT NOT NULL,
					  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, type VARCHAR(120) NOT NULL,
					  subject VARCHAR(200) NOT NULL, alert BOOLEAN NOT NULL, details TEXT NOT NULL,
					  previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL, key_id CHAR(16),
					  received_at TIMESTAMP WITH TIME ZONE NOT NULL,
					  PRIMARY KEY (kiosk_id, sequence, recorded_at)
					) PARTITION BY RANGE (recorded_at)""").update();
		}
		if (jdbc.sql("SELECT partdefid = 0 FROM pg_partitioned_table WHERE partrelid = 'fleet_event'::regclass")
			.query(Boolean.class)
			.single()) {
			jdbc.sql("CREATE TABLE fleet_event_default PARTITION OF fleet_event DEFAULT").update();
		}
		for (String month : months) {
			jdbc.sql("CREATE TABLE fleet_event_" + month.replace('-', '_')
					+ " PARTITION OF fleet_event FOR VALUES FROM ('" + month + "-01 00:00:00+00') TO (('" + month
					+ "-01 00:00:00+00'::timestamptz + interval '1 month'))")
				.update();
		}
	}

}
