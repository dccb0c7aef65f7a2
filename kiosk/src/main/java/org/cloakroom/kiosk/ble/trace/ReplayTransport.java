package org.cloakroom.kiosk.ble.trace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.cloakroom.kiosk.ble.BleProperties.ReplayProperties.Pace;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.Transport;
import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code replay} transport: plays a trace file. At the {@code recorded} pace it is
 * driven by the application's clock through {@link #poll}: the trace is moved to start at
 * the first poll, so dwell and fading run on the same clock as everything else. At the
 * {@code fast} pace one thread delivers everything as fast as the pipeline takes it, with
 * the recorded times, and steps time every 200 ms of trace time.
 */
public final class ReplayTransport implements Transport {

	private static final Logger logger = LoggerFactory.getLogger(ReplayTransport.class);

	static final long STEP_MILLIS = 200;

	private final Path file;

	private final Pace pace;

	private volatile AdvertisementSink sink;

	private volatile TraceReader reader;

	private volatile boolean finished;

	private volatile long delivered;

	private TraceEntry pending;

	private long shiftMillis = Long.MIN_VALUE;

	private Thread player;

	public ReplayTransport(Path file, Pace pace) {
		this.file = file;
		this.pace = pace;
	}

	@Override
	public String name() {
		return "replay";
	}

	@Override
	public synchronized void start(AdvertisementSink sink) {
		if (this.file == null) {
			throw new IllegalStateException(
					"cloakroom.ble.backend is replay, but cloakroom.ble.replay.file is not set");
		}
		if (!Files.isReadable(this.file)) {
			throw new IllegalStateException("cloakroom.ble.replay.file " + this.file + " cannot be read");
		}
		this.reader = new TraceReader(this.file);
		this.sink = sink;
		logger.info("Replaying " + this.file + " at the " + this.pace.name().toLowerCase() + " pace");
		if (this.pace == Pace.FAST) {
			this.player = new Thread(this::playAll, "ble-replay");
			this.player.setDaemon(true);
			this.player.start();
		}
	}

	@Override
	public synchronized void stop() {
		this.sink = null;
		if (this.player != null) {
			this.player.interrupt();
		}
		if (this.reader != null) {
			this.reader.close();
		}
	}

	@Override
	public TransportHealth health() {
		TraceReader current = this.reader;
		String detail = "replay of " + this.file + ", " + this.delivered + " advertisements delivered, "
				+ ((current != null) ? current.skipped() : 0) + " bad lines skipped"
				+ (this.finished ? ", finished" : "");
		return (this.sink != null) ? TransportHealth.scanning(detail) : TransportHealth.stopped(detail + ", stopped");
	}

	@Override
	public void poll(Instant now) {
		if (this.pace == Pace.RECORDED) {
			deliverUpTo(now.toEpochMilli());
		}
	}

	private synchronized void deliverUpTo(long now) {
		AdvertisementSink target = this.sink;
		while (target != null && !this.finished) {
			TraceEntry next = peek();
			if (next == null) {
				break;
			}
			if (this.shiftMillis == Long.MIN_VALUE) {
				this.shiftMillis = now - next.advertisement().time().toEpochMilli();
			}
			Advertisement shifted = shifted(next.advertisement(), this.shiftMillis);
			if (shifted.time().toEpochMilli() > now) {
				break;
			}
			this.pending = null;
			deliver(target, shifted);
		}
	}

	private void playAll() {
		try {
			playEach();
		}
		catch (RuntimeException ex) {
			logger.error("Replay of " + this.file + " stopped at line " + this.reader.lineNumber(), ex);
		}
	}

	private void playEach() {
		long steppedTo = Long.MIN_VALUE;
		TraceEntry next;
		while (!Thread.currentThread().isInterrupted() && (next = peek()) != null) {
			this.pending = null;
			AdvertisementSink target = this.sink;
			if (target == null) {
				return;
			}
			long time = next.advertisement().time().toEpochMilli();
			if (steppedTo == Long.MIN_VALUE || time - steppedTo >= STEP_MILLIS) {
				target.advanceTo(Instant.ofEpochMilli(time));
				steppedTo = time;
			}
			deliver(target, next.advertisement());
		}
	}

	private TraceEntry peek() {
		if (this.pending == null && !this.finished) {
			this.pending = this.reader.next();
			if (this.pending == null) {
				this.finished = true;
				logger.info("Replay of " + this.file + " finished: " + this.delivered + " advertisements, "
						+ this.reader.skipped() + " bad lines skipped");
			}
		}
		return this.pending;
	}

	private void deliver(AdvertisementSink target, Advertisement advertisement) {
		target.accept(advertisement);
		this.delivered++;
	}

	static Advertisement shifted(Advertisement ad, long shiftMillis) {
		if (shiftMillis == 0) {
			return ad;
		}
		return new Advertisement(ad.time().plusMillis(shiftMillis), ad.adapter(), ad.address(), ad.addressType(),
				ad.rssi(), ad.txPower(), ad.manufacturerDataShared(), ad.serviceDataShared(), ad.serviceUuids(),
				ad.rawAdShared());
	}

}
