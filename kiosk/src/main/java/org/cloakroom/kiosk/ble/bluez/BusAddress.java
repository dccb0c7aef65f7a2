package org.cloakroom.kiosk.ble.bluez;

import java.nio.file.Files;
import java.nio.file.Path;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;

/**
 * The system bus: a configured address, else {@code DBUS_SYSTEM_BUS_ADDRESS}, else
 * {@code /var/run/dbus/system_bus_socket} (dbus-java reads the environment).
 */
record BusAddress(String configured) {

	private static final String UNIX_PATH = "unix:path=";

	BusAddress {
		configured = (configured == null) ? "" : configured.strip();
	}

	DBusConnection connect() throws DBusException {
		DBusConnectionBuilder builder = this.configured.isEmpty() ? DBusConnectionBuilder.forSystemBus()
				: DBusConnectionBuilder.forAddress(this.configured);
		return builder.withShared(false).build();
	}

	/**
	 * Whether the bus is a unix socket path that is not there: dbus-java would retry such
	 * a connection for seconds before it gives up.
	 */
	boolean socketMissing() {
		String address = toString();
		return address.startsWith(UNIX_PATH) && !java.nio.file.Files
			.exists(java.nio.file.Path.of(address.substring(UNIX_PATH.length()).split(",")[0]));
	}

	@Override
	public String toString() {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		String environment = System.getenv("DBUS_SYSTEM_BUS_ADDRESS");
		return (environment != null) ? environment : "unix:path=/var/run/dbus/system_bus_socket";
	}

}
