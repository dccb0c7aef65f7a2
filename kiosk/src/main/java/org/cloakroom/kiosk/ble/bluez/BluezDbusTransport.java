package org.cloakroom.kiosk.ble.bluez;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.Availability;
import org.cloakroom.kiosk.ble.watchdog.ListenOnlyAdapters;
import org.cloakroom.kiosk.ble.watchdog.Scan;
import org.cloakroom.kiosk.ble.watchdog.ScanWatchdog;
import org.cloakroom.kiosk.ble.watchdog.WatchedTransport;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.interfaces.DBus;

/**
 * {@code bluez-dbus}: BlueZ's D-Bus API in pure Java (dbus-java over its native unix
 * socket), so it works on every Pi. Door-side adapters discover LE with duplicate data
 * on, so BlueZ signals each advertisement and RSSI keeps updating; adapters placed inside
 * (or all, with {@code cloakroom.ble.radio.listen-only}) listen through a passive
 * advertisement monitor and never transmit. A watchdog keeps them so.
 */
public final class BluezDbusTransport extends WatchedTransport {

	public static final String NAME = "bluez-dbus";

	private final BusAddress bus;

	private final ListenOnlyAdapters listenOnly;

	private final Duration quietTimeout;

	private final Clock clock;

	/**
	 * Every adapter discovers unless {@code cloakroom.ble.radio.listen-only} is on (the
	 * field tools, which know no placements).
	 */
	public BluezDbusTransport(RadioProperties properties, Clock clock) {
		this(properties, Map.of(), clock);
	}

	/**
	 * @param placements where each adapter is placed: those inside only listen
	 */
	public BluezDbusTransport(RadioProperties properties, Map<String, Placement> placements, Clock clock) {
		super(NAME, properties, clock);
		this.bus = new BusAddress(properties.busAddress());
		this.listenOnly = new ListenOnlyAdapters(placements, properties.listenOnly());
		this.quietTimeout = properties.quietTimeout();
		this.clock = clock;
	}

	@Override
	protected Scan begin(Consumer<Advertisement> deliver, ScanWatchdog watchdog) {
		return new BluezScan(this.bus, this.listenOnly, this.quietTimeout, this.clock, deliver, watchdog);
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
