package org.cloakroom.kiosk.ble.bluez;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.types.Variant;

/**
 * BlueZ's adapters as the system bus shows them now, for the installer's checks: whether
 * bluetoothd is there, and each adapter and whether it is powered.
 */
public final class AdapterInventory {

	private AdapterInventory() {
	}

	/**
	 * Each adapter's OS name and whether it is powered.
	 * @param busAddress the system bus ({@code cloakroom.ble.radio.bus-address}); empty
	 * for {@code DBUS_SYSTEM_BUS_ADDRESS} or the standard socket
	 * @throws IllegalStateException saying what is missing: the bus or bluetoothd
	 */
	public static Map<String, Boolean> powered(String busAddress) {
		BusAddress bus = new BusAddress(busAddress);
		if (bus.socketMissing()) {
			throw new IllegalStateException("there is no system bus at " + bus + " (is dbus running?)");
		}
		boolean bluetoothd;
		Map<String, Boolean> adapters = new TreeMap<>();
		try (DBusConnection connection = bus.connect()) {
			bluetoothd = connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class)
				.NameHasOwner(BluezScan.BLUEZ);
			if (bluetoothd) {
				connection.getRemoteObject(BluezScan.BLUEZ, "/", ObjectManager.class)
					.GetManagedObjects()
					.forEach((path, interfaces) -> add(adapters, path, interfaces.get(BluezScan.ADAPTER)));
			}
		}
		catch (DBusException | DBusExecutionException | IOException ex) {
			throw new IllegalStateException("the system bus at " + bus + " does not answer: " + ex.getMessage(), ex);
		}
		if (!bluetoothd) {
			throw new IllegalStateException("bluetoothd is not on the system bus at " + bus);
		}
		return adapters;
	}

	private static void add(Map<String, Boolean> adapters, DBusPath path, Map<String, Variant<?>> adapter) {
		if (adapter != null) {
			Variant<?> powered = adapter.get("Powered");
			adapters.put(path.getPath().substring(path.getPath().lastIndexOf('/') + 1),
					powered != null && Boolean.TRUE.equals(powered.getValue()));
		}
	}

}
