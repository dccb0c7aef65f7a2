package org.cloakroom.kiosk.ble.cli;

import java.time.Instant;

import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.identity.Resolution;
import org.cloakroom.kiosk.ble.trace.TraceEntry;
import tools.jackson.databind.node.ObjectNode;

/**
 * Watches a replay go by: every entry read (with its label, when the trace is labelled),
 * every zone change, and the summary before it is printed, to add its own section. The
 * printed zone changes and summary are one watcher ({@link ReplaySummary}), scoring a
 * labelled trace against its ground truth another ({@link LabelledScore}).
 */
interface ReplayWatcher {

	default void heard(TraceEntry entry) {
	}

	default void zoneChanged(ZoneChange change) {
	}

	default void finished(ObjectNode summary) {
	}

	/**
	 * One zone change: {@code device} is the enrolled name given on the command line, or
	 * "unenrolled <kind> <key>".
	 */
	record ZoneChange(String device, Resolution subject, Zone from, Zone to, double filteredRssi, double confidence,
			Instant at) {
	}

}
