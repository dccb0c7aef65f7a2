package org.cloakroom.kiosk.ble.trace;

import java.util.Objects;

import org.cloakroom.kiosk.ble.transport.Advertisement;

/** One line of a trace: an advertisement, and its label if the trace was generated. */
public record TraceEntry(Advertisement advertisement, TraceLabel label) {

	public TraceEntry {
		Objects.requireNonNull(advertisement, "trace entry advertisement");
	}

}
