package org.cloakroom.kiosk.ble.tinyb;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.Availability;
import org.cloakroom.kiosk.ble.watchdog.ListenOnlyAdapters;
import org.cloakroom.kiosk.ble.watchdog.Scan;
import org.cloakroom.kiosk.ble.watchdog.ScanWatchdog;
import org.cloakroom.kiosk.ble.watchdog.WatchedTransport;

/**
 * {@code tinyb}: Intel's TinyB through its Java API. It reaches BlueZ on the system bus
 * named by the process's {@code DBUS_SYSTEM_BUS_ADDRESS} (GLib reads the environment),
 * and, unlike {@code bluez-dbus}, cannot ask for duplicate reports, so discovery is
 * restarted every {@code cloakroom.ble.radio.tinyb-discovery-restart} to refresh RSSI.
 */
public final class TinybTransport extends WatchedTransport {

	public static final String NAME = "tinyb";

	private final Duration discoveryRestart;

	private final Clock clock;

	private final ListenOnlyAdapters listenOnly;

	/** No adapter is placed: all discover unless {@code listen-only} is on. */
	public TinybTransport(RadioProperties properties, Clock clock) {
		this(properties, Map.of(), clock);
	}

	/**
	 * @param placements where each adapter is placed: those inside do not scan, as TinyB
	 * can only discover
	 */
	public TinybTransport(RadioProperties properties, Map<String, Placement> placements, Clock clock) {
		super(NAME, properties, clock);
		this.discoveryRestart = properties.tinybDiscoveryRestart();
		this.listenOnly = new ListenOnlyAdapters(placements, properties.listenOnly());
		this.clock = clock;
	}

	/** TinyB's manager is one per process: a second TinyB transport may not start. */
	@Override
	public synchronized void start(AdvertisementSink sink) {
		TinybRuntime.claim(this);
		super.start(sink);
	}

	@Override
	public synchronized void stop() {
		super.stop();
		TinybRuntime.release(this);
	}

	@Override
	protected Scan begin(Consumer<Advertisement> deliver, ScanWatchdog watchdog) {
		return new TinybScan(this.clock, this.discoveryRestart, this.listenOnly, deliver);
	}

	@Override
	public Availability availability() {
		if (this.listenOnly.all()) {
			return Availability.unusable("cloakroom.ble.radio.listen-only is on, and TinyB can only discover (active "
					+ "scanning, which transmits)");
		}
		try {
			String natives = TinybNatives.load();
			int adapters = TinybRuntime.manager().getAdapters().size();
			return Availability.usable("TinyB from " + natives + ", reaching BlueZ with " + adapters + " adapter(s)");
		}
		catch (RuntimeException | LinkageError ex) {
			return Availability.unusable((ex.getMessage() != null) ? ex.getMessage() : ex.toString());
		}
	}

}
