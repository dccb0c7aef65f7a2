package org.cloakroom.kiosk.violation;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.cloakroom.kiosk.violation.EpisodeTable.instant;
import static org.cloakroom.kiosk.violation.EpisodeTable.utc;

/**
 * The door's evidence per phone, one row each, written as check-ins and lockers report.
 */
@Component
class DoorEvidenceTable {

	private final JdbcClient jdbc;

	DoorEvidenceTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DoorEvidence of(long phoneId) {
		return this.jdbc
			.sql("SELECT declared_carried, declared_at, last_stored_at, last_collected_at FROM violation_door_evidence "
					+ "WHERE phone_id = ?")
			.param(phoneId)
			.query((rs, row) -> new DoorEvidence((Boolean) rs.getObject("declared_carried"), instant(rs, "declared_at"),
					instant(rs, "last_stored_at"), instant(rs, "last_collected_at")))
			.optional()
			.orElse(DoorEvidence.NONE);
	}

	void declared(long phoneId, boolean carried, Instant at) {
		write(phoneId, "declared_carried = ?, declared_at = ?", carried, utc(at));
	}

	void stored(long phoneId, Instant at) {
		write(phoneId, "last_stored_at = ?", utc(at));
	}

	void collected(long phoneId, Instant at) {
		write(phoneId, "last_collected_at = ?", utc(at));
	}

	// UPDATE, else INSERT then UPDATE: portable SQL, where MERGE is not
	private void write(long phoneId, String assignments, Object... values) {
		Object[] params = new Object[values.length + 1];
		System.arraycopy(values, 0, params, 0, values.length);
		params[values.length] = phoneId;
		String update = "UPDATE violation_door_evidence SET " + assignments + " WHERE phone_id = ?";
		if (this.jdbc.sql(update).params(params).update() == 0) {
			this.jdbc.sql("INSERT INTO violation_door_evidence (phone_id) VALUES (?)").param(phoneId).update();
			this.jdbc.sql(update).params(params).update();
		}
	}

}
