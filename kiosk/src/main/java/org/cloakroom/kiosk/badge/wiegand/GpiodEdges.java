package org.cloakroom.kiosk.badge.wiegand;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two lines on a Raspberry Pi, read on a thread of the reader's own with the kernel's
 * time stamp of each falling edge. Not Pi4J's gpiod DigitalInput: its events carry no
 * time, and a listener's clock would add the thread's jitter to every bit.
 * <p>
 * The kernel queues at most {@value #KERNEL_QUEUE} edges per line and drops the newest
 * when the queue is full; the thread looks at each line at least every two
 * {@link #WAIT_NANOS waits} (2 ms), while 16 edges take at least 3.2 ms even at the
 * standard's fastest spacing. A drain that finds the queue full marks the frame under way
 * unreadable: a frame short of bits is a rejected read, never a wrong number.
 */
final class GpiodEdges implements EdgeSource {

	private static final Logger log = LoggerFactory.getLogger(GpiodEdges.class);

	/** The kernel's event queue per line (GPIO character device, v1 interface). */
	static final int KERNEL_QUEUE = 16;

	/** How long the thread waits on one line before looking at the other. */
	static final long WAIT_NANOS = Duration.ofMillis(1).toNanos();

	private final String reader;

	private final EventLines.Opener opener;

	private final Duration retry;

	private final LongSupplier nanoTime;

	private final CountDownLatch closed = new CountDownLatch(1);

	private volatile String problem = "the lines are being opened";

	private Thread thread;

	GpiodEdges(String reader, EventLines.Opener opener, Duration retry, LongSupplier nanoTime) {
		this.reader = reader;
		this.opener = opener;
		this.retry = retry;
		this.nanoTime = nanoTime;
	}

	@Override
	public synchronized void start(Edges edges) {
		this.thread = new Thread(() -> run(edges), "wiegand-" + this.reader);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public Optional<String> problem() {
		return Optional.ofNullable(this.problem);
	}

	@Override
	public void close() {
		this.closed.countDown();
		Thread running;
		synchronized (this) {
			running = this.thread;
		}
		if (running != null) {
			try {
				running.join(Duration.ofSeconds(1).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private boolean open() {
		return this.closed.getCount() > 0;
	}

	/**
	 * Opens the lines and reads them; when they cannot be had, says why and tries again.
	 */
	private void run(Edges edges) {
		while (open()) {
			try (EventLines lines = this.opener.open()) {
				this.problem = null;
				log.info("Wiegand reader {} reading its lines", this.reader);
				read(lines, edges);
			}
			catch (RuntimeException | LinkageError ex) {
				String why = (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
				if (!why.equals(this.problem)) {
					log.warn("Wiegand reader {} cannot read its lines, trying again every {}: {}", this.reader,
							this.retry, why);
				}
				this.problem = why;
				awaitClose(this.retry);
			}
		}
	}

	private void read(EventLines lines, Edges edges) {
		KernelTimeline timeline = new KernelTimeline();
		long[] batch = new long[4 * KERNEL_QUEUE];
		long lastEdge = 0;
		long readAt = this.nanoTime.getAsLong();
		while (open()) {
			boolean queued = lines.line(WiegandLine.D0).await(WAIT_NANOS);
			queued |= lines.line(WiegandLine.D1).await(queued ? 0 : WAIT_NANOS);
			if (queued) {
				int count = 0;
				String lost = null;
				for (WiegandLine line : WiegandLine.values()) {
					int before = count;
					count = drain(lines.line(line), line, timeline, batch, count);
					if (count - before >= KERNEL_QUEUE) {
						lost = "edges lost: the reader's thread fell behind the kernel's " + KERNEL_QUEUE
								+ "-edge queue on " + line;
					}
				}
				if (count > 0) {
					lastEdge = feed(batch, count, edges);
					readAt = this.nanoTime.getAsLong();
				}
				if (lost != null) {
					edges.lost(lost);
				}
			}
			// the kernel's clock is not the JVM's: the quiet since the last edge is
			// measured here
			edges.tick(lastEdge + (this.nanoTime.getAsLong() - readAt));
		}
	}

	/** Reads the line's queued edges into {@code batch} as (time, line) pairs. */
	private static int drain(EventLine events, WiegandLine line, KernelTimeline timeline, long[] batch, int from) {
		int count = from;
		while (count < batch.length / 2 && events.await(0)) {
			batch[2 * count] = timeline.place(events.next());
			batch[2 * count + 1] = line.ordinal();
			count++;
		}
		return count;
	}

	/**
	 * Hands the batch on in time order (each line's queue is in order, not the two
	 * together).
	 */
	private static long feed(long[] batch, int count, Edges edges) {
		Integer[] order = new Integer[count];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, (a, b) -> Long.compare(batch[2 * a], batch[2 * b]));
		long last = 0;
		for (int i : order) {
			last = batch[2 * i];
			edges.falling(WiegandLine.values()[(int) batch[2 * i + 1]], last);
		}
		return last;
	}

	private void awaitClose(Duration timeout) {
		try {
			this.closed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.closed.countDown();
		}
	}

}
