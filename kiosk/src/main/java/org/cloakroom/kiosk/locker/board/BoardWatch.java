package org.cloakroom.kiosk.locker.board;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.cloakroom.kiosk.locker.gpio.Controller;
import org.cloakroom.kiosk.locker.gpio.GpioException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One locker board as the kiosk sees it: every request tried up to {@link #TRIES} times
 * (a lost or garbled reply is tried again; a bad checksum is never trusted); the door
 * states it last read, each change counted once it has lasted the channel's debounce
 * across polls; and whether it answers. A board that fails every try is silent (its
 * switches then read open) and is told to the {@link ControllerSink} once; its next
 * answer is told too.
 */
final class BoardWatch {

	static final int TRIES = 3;

	private static final Logger log = LoggerFactory.getLogger(BoardWatch.class);

	private final BoardProtocol protocol;

	private final Controller controller;

	private final ControllerSink sink;

	private final LongSupplier nanos;

	private final boolean[] reported;

	private final Boolean[] candidate;

	private final long[] since;

	private final long[] debounceNanos;

	private final List<List<Consumer<Boolean>>> listeners = new ArrayList<>();

	private final Object polling = new Object();

	private final List<Runnable> untold = new ArrayList<>();

	private boolean answering = true;

	private String silence = "";

	BoardWatch(BoardProtocol protocol, Controller controller, int channels, ControllerSink sink, LongSupplier nanos) {
		this.protocol = protocol;
		this.controller = controller;
		this.sink = sink;
		this.nanos = nanos;
		this.reported = new boolean[channels];
		this.candidate = new Boolean[channels];
		this.since = new long[channels];
		this.debounceNanos = new long[channels];
		for (int i = 0; i < channels; i++) {
			this.listeners.add(new ArrayList<>());
		}
	}

	/**
	 * Reads the board once and takes what it says as it is, without debounce; a silent
	 * board is kept to be told when the sink is set, and its doors are taken as shut
	 * until it answers (start-up records no door of a silent controller open), so that
	 * its first answer tells the doors it finds open and no made-up closing of the
	 * others.
	 */
	synchronized void start() {
		try {
			boolean[] closed = attempt("read door states", this.protocol::readClosed);
			System.arraycopy(closed, 0, this.reported, 0, this.reported.length);
		}
		catch (GpioException ex) {
			this.untold.clear();
			Arrays.fill(this.reported, true);
		}
	}

	synchronized void debounce(int channel, int millis) {
		this.debounceNanos[channel - 1] = millis * 1_000_000L;
	}

	synchronized void onChange(int channel, Consumer<Boolean> closed) {
		this.listeners.get(channel - 1).add(closed);
	}

	/**
	 * Reads the door states and tells each debounced change, in order, outside this
	 * board's lock (a listener may drive a lock on it); a silent board is logged. A board
	 * that answers again is told so before the doors it reads.
	 */
	void poll() {
		synchronized (this.polling) {
			List<Runnable> changes = read();
			tell();
			changes.forEach(Runnable::run);
		}
	}

	private synchronized List<Runnable> read() {
		boolean[] closed;
		try {
			closed = attempt("read door states", this.protocol::readClosed);
		}
		catch (GpioException ex) {
			return List.of();
		}
		long now = this.nanos.getAsLong();
		List<Runnable> changes = new ArrayList<>();
		for (int i = 0; i < this.reported.length; i++) {
			if (closed[i] == this.reported[i]) {
				this.candidate[i] = null;
				continue;
			}
			if (this.candidate[i] == null || this.candidate[i] != closed[i]) {
				this.candidate[i] = closed[i];
				this.since[i] = now;
			}
			if (now - this.since[i] >= this.debounceNanos[i]) {
				this.reported[i] = closed[i];
				this.candidate[i] = null;
				boolean value = closed[i];
				List<Consumer<Boolean>> told = List.copyOf(this.listeners.get(i));
				changes.add(() -> told.forEach((listener) -> listener.accept(value)));
			}
		}
		return changes;
	}

	/** The debounced reading; open while the board is silent. */
	synchronized boolean closed(int channel) {
		return this.answering && this.reported[channel - 1];
	}

	/**
	 * @throws GpioException naming the board when it does not answer
	 */
	void open(int channel) {
		command("open the lock on channel " + channel, () -> this.protocol.open(channel));
	}

	void release(int channel) {
		command("release the lock on channel " + channel, () -> this.protocol.release(channel));
	}

	private void command(String what, Runnable request) {
		try {
			synchronized (this) {
				attempt(what, () -> {
					request.run();
					return null;
				});
			}
		}
		finally {
			tell();
		}
	}

	/** Tells the sink what changed, outside this board's lock. */
	private void tell() {
		List<Runnable> due;
		synchronized (this) {
			due = List.copyOf(this.untold);
			this.untold.clear();
		}
		due.forEach(Runnable::run);
	}

	synchronized boolean answering() {
		return this.answering;
	}

	synchronized String silence() {
		return this.silence;
	}

	/** "answering: " and where it is, or "silent: " and why, read at once. */
	synchronized String state() {
		return this.answering ? "answering: " + this.protocol.where() : "silent: " + this.silence;
	}

	Controller controller() {
		return this.controller;
	}

	private <T> T attempt(String what, Supplier<T> request) {
		RuntimeException last = null;
		for (int i = 0; i < TRIES; i++) {
			try {
				T result = request.get();
				answered();
				return result;
			}
			catch (KrCu16Frames.BadFrame | BoardException ex) {
				last = ex;
			}
		}
		String reason = "board " + this.controller.name() + " (" + this.protocol.where() + ") gave no valid reply to "
				+ what + " after " + TRIES + " tries: " + last.getMessage();
		silent(reason);
		throw new GpioException(reason, last);
	}

	private void answered() {
		if (!this.answering) {
			this.answering = true;
			this.silence = "";
			log.info("Locker board {} answers again", this.controller.name());
			this.untold.add(() -> this.sink.changed(this.controller, true, ""));
		}
	}

	private void silent(String reason) {
		if (this.answering) {
			this.answering = false;
			this.silence = reason;
			log.error("Locker board {} is silent: {}", this.controller.name(), reason);
			this.untold.add(() -> this.sink.changed(this.controller, false, reason));
		}
	}

	/** Told when a board goes silent or answers again. */
	@FunctionalInterface
	interface ControllerSink {

		void changed(Controller controller, boolean answering, String reason);

	}

}
