package org.cloakroom.kiosk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The database's own refusal to change or remove an audit entry or archive record
 * (migration V14): fired before every UPDATE and DELETE of {@code audit_event} and
 * {@code audit_archive}, whoever is connected. The one exception is retention: an entry
 * at or below the newest archive record's {@code to_sequence} may be deleted. Someone
 * with the database file can drop the trigger; the keyed hashes and the signed
 * checkpoints find what they change then.
 */
public class AppendOnlyTrigger implements Trigger {

	/** SQLSTATE "insufficient privilege": the statement is refused, not malformed. */
	static final String REFUSED = "42501";

	private boolean entries;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.entries = "AUDIT_EVENT".equalsIgnoreCase(tableName);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		String what = (newRow == null) ? "DELETE" : "UPDATE";
		if (!this.entries) {
			throw new SQLException("The audit log's archive records are append-only: " + what + " refused", REFUSED);
		}
		long sequence = ((Number) oldRow[0]).longValue();
		if (newRow == null && sequence <= archivedUpTo(connection)) {
			return;
		}
		throw new SQLException("The audit log is append-only: " + what + " of entry " + sequence + " refused", REFUSED);
	}

	private static long archivedUpTo(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT MAX(to_sequence) FROM audit_archive");
				ResultSet result = query.executeQuery()) {
			return (result.next()) ? result.getLong(1) : 0;
		}
	}

}
