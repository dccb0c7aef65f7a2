package org.cloakroom.kiosk.fleet.retention;

import java.time.Instant;

/**
 * A range partition of {@code fleet_event}: the entries recorded from {@code from}
 * (inclusive) to {@code to} (exclusive), one UTC month as central creates them.
 *
 * @param table the partition's name as SQL may use it (quoted where it must be)
 */
record FleetPartition(String table, Instant from, Instant to) {

	/** Whether every entry it may hold was recorded before {@code cutoff}. */
	boolean endsBy(Instant cutoff) {
		return !this.to.isAfter(cutoff);
	}

	/** The archive's file name: {@code fleet_event_2025_11.jsonl.gz}. */
	String archiveName() {
		return this.table.replaceAll("[^A-Za-z0-9_.-]", "_") + ".jsonl.gz";
	}

}
