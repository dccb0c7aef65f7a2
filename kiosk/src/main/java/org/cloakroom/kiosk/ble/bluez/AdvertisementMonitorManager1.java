package org.cloakroom.kiosk.ble.bluez;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/**
 * BlueZ's advertisement-monitor manager on an adapter ({@code /org/bluez/hciN}), which
 * bluez-dbus does not cover; offered only by bluetoothd run with {@code --experimental}.
 */
@DBusInterfaceName(AdvertisementMonitorManager1.NAME)
public interface AdvertisementMonitorManager1 extends DBusInterface {

	String NAME = "org.bluez.AdvertisementMonitorManager1";

	/** Registers the root of the caller's monitors (an object manager). */
	void RegisterMonitor(DBusPath application);

	void UnregisterMonitor(DBusPath application);

}
