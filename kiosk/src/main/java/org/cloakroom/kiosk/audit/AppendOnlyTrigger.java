package org.cloakroom.kiosk.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The database's own refusal to change or remove an audit entry (migration V14): fired
 * before every UPDATE and DELETE of {@code audit_event}, whoever is connected. Someone
 * with the database file can drop the trigger; the keyed hashes and the signed
 * checkpoints find what they change then.
 */
public class AppendOnlyTrigger implements Trigger {

	/** SQLSTATE "insufficient privilege": the statement is refused, not malformed. */
	static final String REFUSED = "42501";

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		String what = (newRow == null) ? "DELETE" : "UPDATE";
		Object sequence = (oldRow != null && oldRow.length > 0) ? oldRow[0] : "?";
		throw new SQLException("The audit log is append-only: " + what + " of entry " + sequence + " refused", REFUSED);
	}

}
