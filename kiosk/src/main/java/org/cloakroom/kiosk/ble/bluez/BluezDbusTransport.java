package org.cloakroom.kiosk.ble.bluez;

import java.time.Clock;
import java.util.Optional;

import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.cloakroom.kiosk.ble.watchdog.RadioBackend;
import org.cloakroom.kiosk.ble.watchdog.ScanWatchdog;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.interfaces.DBus;

/**
 * {@code bluez-dbus}: BlueZ's D-Bus API in pure Java (dbus-java over its native unix
 * socket), so it works on every Pi. Every adapter discovers LE with duplicate data on, so
 * BlueZ signals each advertisement and RSSI keeps updating; a watchdog keeps it so.
 */
public final class BluezDbusTransport implements RadioBackend {

	public static final String NAME = "bluez-dbus";

	private final BusAddress bus;

	private final RadioProperties properties;

	private final Clock clock;

	private ScanWatchdog watchdog;

	private volatile AdvertisementSink sink;

	private volatile String found = "nothing probed";

	public BluezDbusTransport(RadioProperties properties, Clock clock) {
		this.properties = properties;
		this.bus = new BusAddress(properties.busAddress());
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public synchronized void start(AdvertisementSink sink) {
		this.sink = sink;
		this.watchdog = new ScanWatchdog(NAME, this.properties.checkInterval(), this.properties.quietTimeout(),
				this.clock);
		this.watchdog.start(new BluezSession(this.bus, this.clock, this::deliver, this.watchdog));
	}

	@Override
	public synchronized void stop() {
		if (this.watchdog != null) {
			this.watchdog.stop();
		}
	}

	@Override
	public TransportHealth health() {
		ScanWatchdog current = this.watchdog;
		return (current != null) ? current.health() : TransportHealth.stopped("not started");
	}

	private void deliver(Advertisement advertisement) {
		this.watchdog.heard();
		this.sink.accept(advertisement);
	}

	@Override
	public Optional<String> unavailable() {
		try (DBusConnection connection = this.bus.connect()) {
			boolean bluez = connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class)
				.NameHasOwner(BluezSession.BLUEZ);
			this.found = "the D-Bus system bus at " + this.bus + (bluez ? " with org.bluez on it"
					: ", where org.bluez is not (yet) present: health stays DOWN until bluetoothd appears");
			return Optional.empty();
		}
		catch (Exception ex) {
			return Optional.of("cannot connect to the D-Bus system bus at " + this.bus + ": " + ex.getMessage());
		}
	}

	@Override
	public String found() {
		return this.found;
	}

}
