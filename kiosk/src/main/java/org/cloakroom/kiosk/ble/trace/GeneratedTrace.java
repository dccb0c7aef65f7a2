package org.cloakroom.kiosk.ble.trace;

import java.util.List;

/** A generated trace: its lines in time order, and who made them. */
public record GeneratedTrace(List<GeneratedPerson> people, List<TraceEntry> entries) {

	public GeneratedTrace {
		people = List.copyOf(people);
		entries = List.copyOf(entries);
	}

}
