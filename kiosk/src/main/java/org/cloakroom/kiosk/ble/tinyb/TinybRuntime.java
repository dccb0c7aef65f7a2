package org.cloakroom.kiosk.ble.tinyb;

import tinyb.BluetoothManager;

/**
 * TinyB's manager is a process-wide singleton bound to the system bus of the process's
 * environment, and discovery and notifications belong to its shared objects: so one TinyB
 * transport at a time per process, which this class enforces.
 */
final class TinybRuntime {

	private static Object owner;

	private TinybRuntime() {
	}

	/** The manager, loading the natives on first use; throws why it is not available. */
	static synchronized BluetoothManager manager() {
		TinybNatives.load();
		try {
			return BluetoothManager.getBluetoothManager();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("TinyB could not reach BlueZ: " + ex.getMessage(), ex);
		}
	}

	static synchronized void claim(Object transport) {
		if (owner != null && owner != transport) {
			throw new IllegalStateException("TinyB is already scanning in this process; its manager is a "
					+ "process-wide singleton, so only one TinyB transport can run at a time");
		}
		owner = transport;
	}

	static synchronized void release(Object transport) {
		if (owner == transport) {
			owner = null;
		}
	}

}
