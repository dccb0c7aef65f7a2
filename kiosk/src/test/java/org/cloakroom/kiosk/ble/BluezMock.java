package org.cloakroom.kiosk.ble;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** python3-dbusmock's {@code bluez5} template: {@code org.bluez.Mock} on {@code /}. */
@DBusInterfaceName("org.bluez.Mock")
public interface BluezMock extends DBusInterface {

	String AddAdapter(String deviceName, String systemName);

	void RemoveAdapter(String deviceName);

	String AddDevice(String adapterDeviceName, String deviceAddress, String alias);

}
