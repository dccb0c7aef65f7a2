package org.cloakroom.kiosk.ble.transport;

import java.time.Instant;

/**
 * A radio backend. One is active per process, chosen by {@code cloakroom.ble.backend}.
 * Real radios push advertisements from their own threads; any backend can go silent, so
 * {@link #health()} must say whether it is still scanning rather than assume it.
 */
public interface BleTransport {

	/**
	 * The value of {@code cloakroom.ble.backend} that selects this transport, e.g.
	 * {@code simulated}.
	 */
	String name();

	/** Starts scanning on every adapter and delivers to {@code sink} until stopped. */
	void start(AdvertisementSink sink);

	void stop();

	TransportHealth health();

	/**
	 * Delivers what is due up to {@code now} for a transport whose time is the
	 * application's clock (simulated, replay); real radios push and ignore it.
	 */
	default void poll(Instant now) {
	}

}
