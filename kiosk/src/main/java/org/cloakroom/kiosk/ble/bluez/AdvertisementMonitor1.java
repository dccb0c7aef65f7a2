package org.cloakroom.kiosk.ble.bluez;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/**
 * What BlueZ calls on a monitor the kiosk exports: {@code Activate} once the kernel took
 * its patterns, {@code Release} when it was refused or dropped, and a device found or
 * lost; RSSI and data then change on the device's {@code org.bluez.Device1}.
 */
@DBusInterfaceName(AdvertisementMonitor1.NAME)
public interface AdvertisementMonitor1 extends DBusInterface {

	String NAME = "org.bluez.AdvertisementMonitor1";

	void Release();

	void Activate();

	void DeviceFound(DBusPath device);

	void DeviceLost(DBusPath device);

}
