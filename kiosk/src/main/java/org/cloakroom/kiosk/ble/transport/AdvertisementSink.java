package org.cloakroom.kiosk.ble.transport;

import java.time.Instant;

/**
 * Where a transport delivers what it hears. Implementations never throw: bad packets are
 * counted and skipped.
 */
public interface AdvertisementSink {

	void accept(Advertisement advertisement);

	/**
	 * Runs the time-based processing (dwell, fading) up to {@code now}; a transport
	 * driven by the application's clock calls it after delivering what was due.
	 */
	void advanceTo(Instant now);

}
