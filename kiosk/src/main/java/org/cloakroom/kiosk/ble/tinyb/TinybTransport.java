package org.cloakroom.kiosk.ble.tinyb;

import java.time.Clock;
import java.util.Optional;

import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.cloakroom.kiosk.ble.watchdog.RadioBackend;
import org.cloakroom.kiosk.ble.watchdog.ScanWatchdog;

/**
 * {@code tinyb}: Intel's TinyB through its Java API. It reaches BlueZ on the system bus
 * named by the process's {@code DBUS_SYSTEM_BUS_ADDRESS} (GLib reads the environment),
 * and, unlike {@code bluez-dbus}, cannot ask for duplicate reports, so discovery is
 * restarted every {@code cloakroom.ble.radio.tinyb-discovery-restart} to refresh RSSI.
 */
public final class TinybTransport implements RadioBackend {

	public static final String NAME = "tinyb";

	private final RadioProperties properties;

	private final Clock clock;

	private ScanWatchdog watchdog;

	private volatile AdvertisementSink sink;

	private volatile String found = "nothing probed";

	public TinybTransport(RadioProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public synchronized void start(AdvertisementSink sink) {
		TinybRuntime.claim(this);
		this.sink = sink;
		this.watchdog = new ScanWatchdog(NAME, this.properties.checkInterval(), this.properties.quietTimeout(),
				this.clock);
		this.watchdog.start(new TinybSession(this.clock, this.properties.tinybDiscoveryRestart(), this::deliver));
	}

	@Override
	public synchronized void stop() {
		if (this.watchdog != null) {
			this.watchdog.stop();
			this.watchdog = null;
		}
		TinybRuntime.release(this);
	}

	@Override
	public TransportHealth health() {
		ScanWatchdog current = this.watchdog;
		return (current != null) ? current.health() : TransportHealth.stopped("not started");
	}

	private void deliver(Advertisement advertisement) {
		ScanWatchdog current = this.watchdog;
		if (current != null) {
			current.heard();
			this.sink.accept(advertisement);
		}
	}

	@Override
	public Optional<String> unavailable() {
		try {
			String natives = TinybNatives.load();
			int adapters = TinybRuntime.manager().getAdapters().size();
			this.found = "TinyB from " + natives + ", reaching BlueZ with " + adapters + " adapter(s)";
			return Optional.empty();
		}
		catch (RuntimeException | LinkageError ex) {
			return Optional.of(ex.getMessage());
		}
	}

	@Override
	public String found() {
		return this.found;
	}

}
