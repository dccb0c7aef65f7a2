package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;

/**
 * The clock synchronised by NTP, as systemd-timedated says on the system bus
 * ({@code org.freedesktop.timedate1}'s {@code NTPSynchronized}): a Pi has no battery
 * clock, and every audit entry and signed checkpoint carries its time. This is the one
 * place outside the BLE backends that speaks D-Bus, for one property.
 */
record ClockCheck(String busAddress) implements Check {

	static final String NAME = "clock";

	private static final String TIMEDATE = "org.freedesktop.timedate1";

	private static final String UNIX_PATH = "unix:path=";

	private static final String DEFAULT_BUS = UNIX_PATH + "/var/run/dbus/system_bus_socket";

	@Override
	public List<Finding> run() {
		String address = (!this.busAddress.isBlank()) ? this.busAddress
				: Objects.requireNonNullElse(System.getenv("DBUS_SYSTEM_BUS_ADDRESS"), DEFAULT_BUS);
		if (address.startsWith(UNIX_PATH)
				&& !Files.exists(Path.of(address.substring(UNIX_PATH.length()).split(",")[0]))) {
			// dbus-java would retry a missing socket for seconds
			return List.of(Finding.fail(NAME, "there is no system bus at " + address + " to ask systemd-timedated",
					"see: systemctl status dbus; timedatectl status"));
		}
		Object synchronised;
		try (DBusConnection connection = connect()) {
			synchronised = connection.getRemoteObject(TIMEDATE, "/org/freedesktop/timedate1", Properties.class)
				.Get(TIMEDATE, "NTPSynchronized");
		}
		catch (DBusException | DBusExecutionException | IOException ex) {
			return List
				.of(Finding.fail(NAME, "systemd-timedated does not answer on the system bus (" + ex.getMessage() + ")",
						"see: timedatectl status"));
		}
		if (!Boolean.TRUE.equals(synchronised)) {
			return List.of(Finding.fail(NAME, "the clock is not synchronised by NTP",
					"sudo timedatectl set-ntp true, and let the Pi reach an NTP server; see: timedatectl timesync-status"));
		}
		return List.of(Finding.ok(NAME, "synchronised by NTP"));
	}

	private DBusConnection connect() throws DBusException {
		DBusConnectionBuilder builder = this.busAddress.isBlank() ? DBusConnectionBuilder.forSystemBus()
				: DBusConnectionBuilder.forAddress(this.busAddress);
		return builder.withShared(false).build();
	}

}
