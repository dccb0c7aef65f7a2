package org.cloakroom.kiosk.ble.watchdog;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.Transport;
import org.cloakroom.kiosk.ble.transport.TransportHealth;

/**
 * A transport on a real Bluetooth stack (BlueZ over D-Bus, TinyB), and what every such
 * transport shares: each start begins a {@link Scan} that a {@link ScanWatchdog} keeps
 * going (checks, restarts after a failure or silence) until stop; health is the
 * watchdog's; whatever the scan delivers counts as heard. A subclass says only how to
 * probe its stack ({@link #availability()}) and how to begin a scan on it.
 */
public abstract class WatchedTransport implements Transport {

	private final String name;

	private final RadioProperties radio;

	private final Clock clock;

	private volatile ScanWatchdog watchdog;

	private volatile AdvertisementSink sink;

	protected WatchedTransport(String name, RadioProperties radio, Clock clock) {
		this.name = Objects.requireNonNull(name, "transport name");
		this.radio = Objects.requireNonNull(radio, "radio properties");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	@Override
	public final String name() {
		return this.name;
	}

	/**
	 * A new scanning run on this stack, idle until the watchdog's first check.
	 * @param deliver where the scan hands every advertisement
	 * @param watchdog to ask for an early check, or to report a stack that went away
	 */
	protected abstract Scan begin(Consumer<Advertisement> deliver, ScanWatchdog watchdog);

	@Override
	public synchronized void start(AdvertisementSink sink) {
		if (this.watchdog != null) {
			// started again: end the previous run, so that one watchdog scans at a time
			this.watchdog.stop();
		}
		ScanWatchdog started = new ScanWatchdog(this.name, this.radio.checkInterval(), this.radio.quietTimeout(),
				this.clock);
		Scan scan = begin((advertisement) -> deliver(started, advertisement), started);
		this.watchdog = started;
		this.sink = Objects.requireNonNull(sink, "sink");
		started.start(scan);
	}

	@Override
	public synchronized void stop() {
		if (this.watchdog != null) {
			this.watchdog.stop();
		}
		this.sink = null;
	}

	@Override
	public TransportHealth health() {
		ScanWatchdog current = this.watchdog;
		return (current != null) ? current.health() : TransportHealth.stopped("not started");
	}

	/**
	 * On the stack's own threads; what a run delivers after stop, or after a new run
	 * began, is dropped.
	 */
	private void deliver(ScanWatchdog run, Advertisement advertisement) {
		AdvertisementSink target = this.sink;
		if (target != null && run == this.watchdog) {
			run.heard();
			target.accept(advertisement);
		}
	}

}
