package org.cloakroom.kiosk.ble.cli;

import java.util.Map;

import org.cloakroom.kiosk.ble.bluez.AdapterInventory;

/**
 * The radio side of {@code doctor}: BlueZ's adapters on the system bus and whether each
 * is powered, read through the project's own BlueZ code.
 */
public final class BluetoothAdapters {

	private BluetoothAdapters() {
	}

	/**
	 * Adapter name to powered.
	 * @param busAddress the system bus, empty for the default
	 * @throws IllegalStateException naming what is missing (the bus, bluetoothd)
	 */
	public static Map<String, Boolean> powered(String busAddress) {
		return AdapterInventory.powered(busAddress);
	}

}
