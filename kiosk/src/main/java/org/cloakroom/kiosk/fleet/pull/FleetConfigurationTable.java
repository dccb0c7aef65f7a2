package org.cloakroom.kiosk.fleet.pull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.cloakroom.kiosk.DoorHome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The kiosk's record of the configuration it applied last ({@code fleet_configuration}).
 */
@Repository
@DoorHome
class FleetConfigurationTable {

	private final JdbcClient jdbc;

	FleetConfigurationTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Applied> applied() {
		return this.jdbc.sql("SELECT version, applied_at, checked_at, central FROM fleet_configuration WHERE id = 1")
			.query((rs, row) -> new Applied(rs.getLong("version"),
					rs.getObject("applied_at", OffsetDateTime.class).toInstant(),
					rs.getObject("checked_at", OffsetDateTime.class).toInstant(), rs.getString("central")))
			.optional();
	}

	void applied(long version, String central, Instant at) {
		int updated = this.jdbc
			.sql("UPDATE fleet_configuration SET version = ?, applied_at = ?, checked_at = ?, central = ? WHERE id = 1")
			.params(version, utc(at), utc(at), central)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO fleet_configuration (id, version, applied_at, checked_at, central) "
						+ "VALUES (1, ?, ?, ?, ?)")
				.params(version, utc(at), utc(at), central)
				.update();
		}
	}

	/** Central said the version applied is still current. */
	void checked(Instant at) {
		this.jdbc.sql("UPDATE fleet_configuration SET checked_at = ? WHERE id = 1").param(utc(at)).update();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	/** The version applied, when, when central last confirmed it, and from where. */
	record Applied(long version, Instant appliedAt, Instant checkedAt, String central) {
	}

}
