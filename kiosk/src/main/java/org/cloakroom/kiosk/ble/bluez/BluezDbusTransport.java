package org.cloakroom.kiosk.ble.bluez;

import java.time.Clock;
import java.util.function.Consumer;

import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.Availability;
import org.cloakroom.kiosk.ble.watchdog.Scan;
import org.cloakroom.kiosk.ble.watchdog.ScanWatchdog;
import org.cloakroom.kiosk.ble.watchdog.WatchedTransport;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.interfaces.DBus;

/**
 * {@code bluez-dbus}: BlueZ's D-Bus API in pure Java (dbus-java over its native unix
 * socket), so it works on every Pi. Every adapter discovers LE with duplicate data on, so
 * BlueZ signals each advertisement and RSSI keeps updating; a watchdog keeps it so.
 */
public final class BluezDbusTransport extends WatchedTransport {

	public static final String NAME = "bluez-dbus";

	private final BusAddress bus;

	private final Clock clock;

	public BluezDbusTransport(RadioProperties properties, Clock clock) {
		super(NAME, properties, clock);
		this.bus = new BusAddress(properties.busAddress());
		this.clock = clock;
	}

	@Override
	protected Scan begin(Consumer<Advertisement> deliver, ScanWatchdog watchdog) {
		return new BluezScan(this.bus, this.clock, deliver, watchdog);
	}

	@Override
	public Availability availability() {
		try (DBusConnection connection = this.bus.connect()) {
			boolean bluez = connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class)
				.NameHasOwner(BluezScan.BLUEZ);
			return Availability.usable("the D-Bus system bus at " + this.bus + (bluez ? " with org.bluez on it"
					: ", where org.bluez is not (yet) present: health stays DOWN until bluetoothd appears"));
		}
		catch (Exception ex) {
			return Availability
				.unusable("cannot connect to the D-Bus system bus at " + this.bus + ": " + ex.getMessage());
		}
	}

}
