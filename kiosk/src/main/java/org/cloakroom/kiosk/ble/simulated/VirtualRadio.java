package org.cloakroom.kiosk.ble.simulated;

import java.time.Instant;
import java.util.List;

/**
 * Control of the simulated radio. Time only moves through {@link #step(Instant)}: the
 * application calls it on a schedule from its Clock, tests call it with their own.
 */
public interface VirtualRadio {

	/** Adds (or replaces) a virtual phone, starting AWAY and awake. */
	void place(VirtualPhone phone);

	void moveTo(String key, VirtualPosition position);

	/** A quiet phone stops advertising (a locked iPhone); waking it resumes. */
	void setQuiet(String key, boolean quiet);

	List<VirtualPhoneState> phones();

	/**
	 * Emits every advertisement due up to {@code now} into the BLE pipeline and runs its
	 * time-based processing (dwell, fading) up to {@code now}.
	 */
	void step(Instant now);

}
