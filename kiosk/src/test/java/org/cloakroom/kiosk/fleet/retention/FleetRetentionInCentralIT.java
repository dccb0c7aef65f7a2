package org.cloakroom.kiosk.fleet.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.SimulationIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention in a running central instance on PostgreSQL: an archived month is audited in
 * central's own log ({@code FleetPartitionArchived}, naming the partition, its file and
 * its SHA-256), as {@link FleetRetentionIT} checks the event is published in the
 * transaction that drops the partition.
 */
@SimulationIT
class FleetRetentionInCentralIT {

	@DynamicPropertySource
	static void central(DynamicPropertyRegistry registry) {
		PostgresServer.central(registry);
		try {
			Path archives = Files.createTempDirectory("cloakroom-fleet-archives-");
			registry.add("cloakroom.fleet.archive-dir", archives::toString);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Autowired
	private FleetRetention retention;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anArchivedMonthIsInCentralsOwnLog() {
		FleetEventPartitions.create(this.jdbc, "2025-06");
		this.jdbc
			.sql("INSERT INTO fleet_event (kiosk_id, sequence, recorded_at, type, subject, alert, details,"
					+ " previous_hash, hash, key_id, received_at) VALUES (1, 1, ?, 'CheckInStarted', 'employee:1',"
					+ " false, '{}', ?, ?, NULL, ?)")
			.params(Instant.parse("2025-06-10T08:00:00Z").atOffset(ZoneOffset.UTC), "0".repeat(64), "1".repeat(64),
					Instant.parse("2025-06-10T08:00:01Z").atOffset(ZoneOffset.UTC))
			.update();

		FleetPartitionArchived archived = this.retention.archiveOldMonths().get(0);

		assertThat(archived.partition()).isEqualTo("fleet_event_2025_06");
		assertThat(this.jdbc.sql("SELECT subject, details FROM audit_event WHERE type = 'FleetPartitionArchived'")
			.query((rs, row) -> rs.getString("subject") + " " + rs.getString("details"))
			.single()).startsWith("fleet-partition:fleet_event_2025_06")
			.contains("\"entries\":1", archived.fileSha256(), archived.file());
	}

}
