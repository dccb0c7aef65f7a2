package org.cloakroom.kiosk.ble.simulated;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.ble.HeardLevel;

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
	 * What the adapters hear of the phone held at the kiosk's spot for {@code held}: per
	 * adapter the model's mean level there with the phone's offset, the fast fading's
	 * spread and the packets it sends; a phone calibration as enrolment would take it.
	 * The identity is 0: the radio knows no enrolment rows.
	 */
	List<HeardLevel> atTheSpot(VirtualPhone phone, Duration held);

	/**
	 * Emits every advertisement due up to {@code now} into the BLE pipeline and runs its
	 * time-based processing (dwell, fading) up to {@code now}.
	 */
	void step(Instant now);

}
