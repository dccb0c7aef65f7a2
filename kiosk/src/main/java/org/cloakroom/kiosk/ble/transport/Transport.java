package org.cloakroom.kiosk.ble.transport;

import java.time.Instant;

/**
 * What delivers the adapters' advertisements to the BLE pipeline: BlueZ over D-Bus,
 * TinyB, a replayed trace or the simulated radio. One is active per process, chosen by
 * {@code cloakroom.ble.backend}. Real radios push advertisements from their own threads;
 * any transport can go silent, so {@link #health()} must say whether it is still scanning
 * rather than assume it.
 */
public interface Transport {

	/**
	 * The value of {@code cloakroom.ble.backend} that selects this transport, e.g.
	 * {@code simulated}.
	 */
	String name();

	/**
	 * Whether this transport can scan on this machine (a system bus, natives that load),
	 * asked before it is chosen; may take a second. A transport without hardware always
	 * can.
	 */
	default Availability availability() {
		return Availability.usable("no hardware needed");
	}

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
