package org.cloakroom.kiosk.ble.bluez;

import java.util.Map;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.types.Variant;

/**
 * The root that {@code RegisterMonitor} names: an object manager whose one child is the
 * monitor, which BlueZ finds through {@code GetManagedObjects}.
 */
final class MonitorApplication implements ObjectManager {

	private final String path;

	private final ListenOnlyMonitor monitor;

	MonitorApplication(String path, ListenOnlyMonitor monitor) {
		this.path = path;
		this.monitor = monitor;
	}

	@Override
	public Map<DBusPath, Map<String, Map<String, Variant<?>>>> GetManagedObjects() {
		return Map.of(new DBusPath(this.monitor.getObjectPath()),
				Map.of(AdvertisementMonitor1.NAME, this.monitor.properties()));
	}

	@Override
	public String getObjectPath() {
		return this.path;
	}

}
