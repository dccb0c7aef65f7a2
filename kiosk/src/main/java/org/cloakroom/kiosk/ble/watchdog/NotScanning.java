package org.cloakroom.kiosk.ble.watchdog;

/**
 * The Bluetooth stack is reachable but cannot scan now (no adapter, {@code org.bluez} not
 * on the bus); the watchdog keeps its connections and looks again at the next check.
 */
public class NotScanning extends Exception {

	public NotScanning(String reason) {
		super(reason);
	}

}
