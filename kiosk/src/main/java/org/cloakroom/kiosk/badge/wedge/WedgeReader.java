package org.cloakroom.kiosk.badge.wedge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cloakroom.kiosk.badge.BadgeIds;
import org.cloakroom.kiosk.badge.BadgeRead;
import org.cloakroom.kiosk.badge.BadgeReadSink;
import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.ReaderHealth;
import org.cloakroom.kiosk.wiring.BadgeFormat;

/**
 * A USB keyboard-wedge reader: reads its input device's key events on a thread of its
 * own, turns each number it types into a badge read in its badge format, and rejects what
 * is not a number in that format. A device that is missing, cannot be grabbed or goes
 * away is reported in the health and opened again every {@code reopenEvery}.
 */
final class WedgeReader implements BadgeReader {

	/** The form of its reads. */
	static final String FORM = "typed";

	private static final Logger log = LoggerFactory.getLogger(WedgeReader.class);

	private final String name;

	private final Path device;

	private final BadgeFormat format;

	private final EventDevice.Opener opener;

	private final Clock clock;

	private final Duration gap;

	private final Duration reopenEvery;

	private final int longSize;

	private final CountDownLatch closed = new CountDownLatch(1);

	private volatile ReaderHealth health = ReaderHealth.down("not started yet");

	private volatile EventDevice open;

	private Thread thread;

	WedgeReader(String name, Path device, BadgeFormat format, EventDevice.Opener opener, Clock clock, Duration gap,
			Duration reopenEvery, int longSize) {
		this.name = name;
		this.device = device;
		this.format = format;
		this.opener = opener;
		this.clock = clock;
		this.gap = gap;
		this.reopenEvery = reopenEvery;
		this.longSize = longSize;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public synchronized void start(BadgeReadSink sink) {
		if (this.thread != null) {
			throw new IllegalStateException("Badge reader " + this.name + " is started already");
		}
		this.thread = new Thread(() -> run(sink), "badge-reader-" + this.name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public ReaderHealth health() {
		return this.health;
	}

	@Override
	public void close() {
		this.closed.countDown();
		EventDevice device = this.open;
		if (device != null) {
			device.close();
		}
		Thread running;
		synchronized (this) {
			running = this.thread;
		}
		if (running != null) {
			try {
				running.join(Duration.ofSeconds(2).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.health = ReaderHealth.down("closed");
	}

	private void run(BadgeReadSink sink) {
		String lastProblem = null;
		while (!isClosed()) {
			try (EventDevice device = this.opener.open(this.device)) {
				this.open = device;
				if (isClosed()) {
					return;
				}
				this.health = ReaderHealth.reading("reading " + device);
				log.info("Badge reader {}: reading {}", this.name, device);
				lastProblem = null;
				readFrom(device, sink);
				if (!isClosed()) {
					lastProblem = down("device " + this.device + " is gone: is the reader plugged in?", lastProblem);
				}
			}
			catch (IOException ex) {
				if (!isClosed()) {
					lastProblem = down(ex.getMessage(), lastProblem);
				}
			}
			finally {
				this.open = null;
			}
			awaitReopen();
		}
	}

	private void readFrom(EventDevice device, BadgeReadSink sink) throws IOException {
		WedgeTyping typing = new WedgeTyping(this.gap);
		WedgeTyping.Outcome outcome = new Outcome(sink);
		int size = InputEvent.size(this.longSize);
		byte[] buffer = new byte[size * 64];
		ByteBuffer pending = ByteBuffer.allocate(buffer.length + size);
		for (int read = device.read(buffer); read >= 0 && !isClosed(); read = device.read(buffer)) {
			pending.put(buffer, 0, read).flip();
			while (pending.remaining() >= size) {
				typing.accept(InputEvent.read(pending, this.longSize), this.clock.instant(), outcome);
			}
			pending.compact();
		}
	}

	/** Says why the reader is not reading, in the log once per new reason. */
	private String down(String why, String lastProblem) {
		this.health = ReaderHealth.down(why);
		if (!why.equals(lastProblem)) {
			log.warn("Badge reader {} is not reading: {}", this.name, why);
		}
		return why;
	}

	private boolean isClosed() {
		return this.closed.getCount() == 0;
	}

	private void awaitReopen() {
		try {
			this.closed.await(this.reopenEvery.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.closed.countDown();
		}
	}

	/** A typed text as a read in the reader's format, or rejected without its keys. */
	private final class Outcome implements WedgeTyping.Outcome {

		private final BadgeReadSink sink;

		Outcome(BadgeReadSink sink) {
			this.sink = sink;
		}

		@Override
		public void typed(String text) {
			String badgeId;
			try {
				badgeId = BadgeIds.ofTyped(text, WedgeReader.this.format);
			}
			catch (IllegalArgumentException ex) {
				dropped(ex.getMessage());
				return;
			}
			this.sink.read(new BadgeRead(WedgeReader.this.name, badgeId, FORM, WedgeReader.this.clock.instant()));
		}

		@Override
		public void dropped(String reason) {
			this.sink.rejected(WedgeReader.this.name, reason);
		}

	}

}
