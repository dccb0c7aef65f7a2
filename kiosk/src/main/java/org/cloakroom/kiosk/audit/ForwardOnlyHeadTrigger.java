package org.cloakroom.kiosk.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * The chain head may only move forward (migration V14): an UPDATE of
 * {@code audit_chain_head} must raise {@code last_sequence} and keep {@code keyed_from};
 * deleting the row is refused. Columns in table order: id, last_sequence, last_hash,
 * keyed_from.
 */
public class ForwardOnlyHeadTrigger implements Trigger {

	private static final int LAST_SEQUENCE = 1;

	private static final int KEYED_FROM = 3;

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (newRow == null) {
			throw new SQLException("The audit chain head cannot be deleted", AppendOnlyTrigger.REFUSED);
		}
		long from = ((Number) oldRow[LAST_SEQUENCE]).longValue();
		long to = ((Number) newRow[LAST_SEQUENCE]).longValue();
		if (to <= from) {
			throw new SQLException(
					"The audit chain head only moves forward: from entry " + from + " to " + to + " refused",
					AppendOnlyTrigger.REFUSED);
		}
		if (!Objects.equals(oldRow[KEYED_FROM], newRow[KEYED_FROM])) {
			throw new SQLException("The audit chain's keying start (keyed_from) cannot change",
					AppendOnlyTrigger.REFUSED);
		}
	}

}
