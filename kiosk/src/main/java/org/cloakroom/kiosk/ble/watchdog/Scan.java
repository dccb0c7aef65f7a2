package org.cloakroom.kiosk.ble.watchdog;

import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.transport.AdapterHealth;

/**
 * One scanning run of a {@link WatchedTransport} on its Bluetooth stack, from the
 * transport's start to its stop: the connection, the adapters and the devices it listens
 * to. The {@link ScanWatchdog} drives it, and every method runs on the watchdog's one
 * thread.
 */
public interface Scan {

	/**
	 * Connects, finds the adapters and starts discovery wherever it is not running.
	 * @return the adapters now scanning, never empty
	 * @throws NotScanning when nothing can scan now, with the reason
	 * @throws Exception when the connection is broken: the watchdog resets and retries
	 */
	List<String> ensureScanning() throws Exception;

	/**
	 * Stops and starts discovery on every adapter: the cure for a controller gone quiet.
	 */
	void restartDiscovery() throws Exception;

	/** Drops connections and cached objects so that the next check starts afresh. */
	void reset();

	/**
	 * How each adapter scans after the last {@link #ensureScanning()}, by its OS name;
	 * empty when the stack does not say.
	 */
	default Map<String, AdapterHealth> adapters() {
		return Map.of();
	}

}
