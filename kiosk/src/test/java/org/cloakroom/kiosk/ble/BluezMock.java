package org.cloakroom.kiosk.ble;

import java.util.List;

import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt16;

/**
 * python3-dbusmock's {@code bluez5} template, {@code org.bluez.Mock} on {@code /}, with
 * the advertisement-monitor hooks of the kiosk's {@code bluez5_monitors.py}.
 */
@DBusInterfaceName("org.bluez.Mock")
public interface BluezMock extends DBusInterface {

	String AddAdapter(String deviceName, String systemName);

	void RemoveAdapter(String deviceName);

	String AddDevice(String adapterDeviceName, String deviceAddress, String alias);

	void AddMonitorManager(String adapterDeviceName, List<String> monitorTypes);

	void RefuseMonitors(String adapterDeviceName);

	List<Registration> RegisteredMonitors(String adapterDeviceName);

	boolean HearAdvertisement(String adapterDeviceName, String deviceAddress, short rssi, UInt16 company, byte[] data);

	/** One RegisterMonitor the mock accepted: who, which root, its active monitors. */
	final class Registration extends Struct {

		@Position(0)
		private final String owner;

		@Position(1)
		private final String application;

		@Position(2)
		private final List<String> monitors;

		public Registration(String owner, String application, List<String> monitors) {
			this.owner = owner;
			this.application = application;
			this.monitors = monitors;
		}

		public String getOwner() {
			return this.owner;
		}

		public String getApplication() {
			return this.application;
		}

		public List<String> getMonitors() {
			return this.monitors;
		}

	}

}
