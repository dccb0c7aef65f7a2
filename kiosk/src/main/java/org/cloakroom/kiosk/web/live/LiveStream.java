package org.cloakroom.kiosk.web.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open event stream. Frames wait in a bounded queue and are written with the
 * servlet's non-blocking I/O: a write happens only while the container says the client
 * can take it, so no thread ever waits for a client. A client whose queue overflows, or
 * whose pending write waits longer than the send timeout (see {@link #stalledPast}), is
 * dropped: its queue is freed and its response completed.
 */
final class LiveStream implements WriteListener, AsyncListener {

	private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

	private final Audience audience;

	private final AsyncContext async;

	private final int capacity;

	private final Clock clock;

	private final Consumer<LiveStream> onClosed;

	/** Live frames, at most {@code capacity}. */
	private final ArrayDeque<LiveFrame> queue = new ArrayDeque<>();

	/** Replayed frames (bounded by the caller), written before the queue. */
	private final ArrayDeque<LiveFrame> backlog = new ArrayDeque<>();

	private ServletOutputStream out;

	private boolean unflushed;

	/** When the pending write started waiting for the client; null while none waits. */
	private Instant stalledSince;

	private Instant lastWrite;

	/** The highest audit sequence queued, so that no entry goes out twice. */
	private long lastQueued;

	private boolean closed;

	LiveStream(Audience audience, AsyncContext async, int capacity, Clock clock, Consumer<LiveStream> onClosed) {
		this.audience = audience;
		this.async = async;
		this.capacity = capacity;
		this.clock = clock;
		this.onClosed = onClosed;
		this.lastWrite = clock.instant();
	}

	/**
	 * Switches the response to non-blocking writes; the container then calls
	 * {@link #onWritePossible}.
	 */
	void start() throws IOException {
		this.async.addListener(this);
		synchronized (this) {
			this.backlog.add(LiveFrame.OPENED);
			this.out = this.async.getResponse().getOutputStream();
			this.out.setWriteListener(this);
		}
	}

	Audience audience() {
		return this.audience;
	}

	/**
	 * Treats every sequence up to {@code sequence} as sent (a client resuming after it).
	 */
	synchronized void resumeAfter(long sequence) {
		this.lastQueued = Math.max(this.lastQueued, sequence);
	}

	/**
	 * Queues what a resuming client missed, ahead of live frames and outside their
	 * capacity (the caller bounds it by {@code replay-limit}).
	 */
	void replay(List<LiveFrame> frames) {
		synchronized (this) {
			for (LiveFrame frame : frames) {
				if (!this.closed && frame.sequence() > this.lastQueued) {
					this.backlog.add(frame);
					this.lastQueued = frame.sequence();
				}
			}
		}
		writeWhatFits();
	}

	/**
	 * Queues the live frames (in sequence order) that this client has not had yet, and
	 * writes what the client can take now. Never waits; drops the client if more than the
	 * capacity would wait.
	 */
	void offer(List<LiveFrame> frames) {
		boolean overflow = false;
		synchronized (this) {
			for (LiveFrame frame : frames) {
				if (this.closed || frame.sequence() <= this.lastQueued) {
					continue;
				}
				if (this.queue.size() >= this.capacity) {
					overflow = true;
					break;
				}
				this.queue.add(frame);
				this.lastQueued = frame.sequence();
			}
		}
		if (overflow) {
			close("more than " + this.capacity + " events waited for it");
		}
		else {
			writeWhatFits();
		}
	}

	/**
	 * Sends a comment if nothing went out for {@code quiet}, so that a client that went
	 * away is noticed.
	 */
	void heartbeatIfQuiet(Instant now, Duration quiet) {
		boolean due;
		synchronized (this) {
			due = !this.closed && this.queue.isEmpty() && this.backlog.isEmpty() && this.stalledSince == null
					&& !now.isBefore(this.lastWrite.plus(quiet));
			if (due) {
				this.backlog.add(LiveFrame.HEARTBEAT);
			}
		}
		if (due) {
			writeWhatFits();
		}
	}

	/** True while a write waits for the client. */
	synchronized boolean isStalled() {
		return this.stalledSince != null;
	}

	/** True if a write has waited for the client for longer than {@code timeout}. */
	synchronized boolean stalledPast(Instant now, Duration timeout) {
		return this.stalledSince != null && now.isAfter(this.stalledSince.plus(timeout));
	}

	synchronized boolean isClosed() {
		return this.closed;
	}

	@Override
	public void onWritePossible() {
		writeWhatFits();
	}

	/**
	 * Writes while the container accepts without waiting; notes when it stops accepting.
	 */
	private void writeWhatFits() {
		try {
			synchronized (this) {
				if (this.out == null || this.closed) {
					return;
				}
				while (this.out.isReady()) {
					LiveFrame next = this.backlog.isEmpty() ? this.queue.poll() : this.backlog.poll();
					if (next != null) {
						this.out.write(next.bytes());
						this.unflushed = true;
						this.lastWrite = this.clock.instant();
					}
					else if (this.unflushed) {
						this.out.flush();
						this.unflushed = false;
					}
					else {
						this.stalledSince = null;
						return;
					}
					this.stalledSince = null;
				}
				if (this.stalledSince == null) {
					this.stalledSince = this.clock.instant();
				}
			}
		}
		catch (IOException | IllegalStateException ex) {
			close("writing failed (" + ex.getMessage() + ")");
		}
	}

	/**
	 * Drops this client: frees its queues and completes the response. The container
	 * closes the connection once its pending bytes are out, or after its own write
	 * timeout; no thread waits for that.
	 */
	void close(String why) {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			this.queue.clear();
			this.backlog.clear();
		}
		log.info("A live {} stream was closed: {}", this.audience.label(), why);
		this.onClosed.accept(this);
		complete();
	}

	/**
	 * Completes the response; also when the container reports an error after the stream
	 * was closed, or it would dispatch the request to the error page.
	 */
	private void complete() {
		try {
			this.async.complete();
		}
		catch (IllegalStateException alreadyOver) {
			// the container ended the request first (the client went away)
		}
	}

	@Override
	public void onError(Throwable error) {
		close("the connection failed (" + error.getMessage() + ")");
		complete();
	}

	@Override
	public void onComplete(AsyncEvent event) {
		close("the response ended");
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		close("the response timed out");
	}

	@Override
	public void onError(AsyncEvent event) {
		close("the connection failed (" + event.getThrowable() + ")");
		complete();
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		// a stream starts asynchronous processing once
	}

}
