package org.cloakroom.kiosk.locker.gpio;

import java.time.Duration;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One output line that is on (its active level) or off, held or pulsed. A pulse's end is
 * a task on the {@link PulseTimer}; a later command (on, off or a new pulse) supersedes
 * it, so a stale end never cuts a newer pulse short.
 */
final class OutputLine {

	private static final Logger log = LoggerFactory.getLogger(OutputLine.class);

	private final DigitalOutput output;

	private final DigitalState on;

	private final PulseTimer timer;

	/** Turns a Pi4J failure into ours, naming this line: (verb, cause) → exception. */
	private final Failure failure;

	private long generation;

	private PulseTimer.Scheduled pending;

	OutputLine(DigitalOutput output, DigitalState on, PulseTimer timer, Failure failure) {
		this.output = output;
		this.on = on;
		this.timer = timer;
		this.failure = failure;
	}

	synchronized void set(boolean active) {
		supersede();
		drive(active);
	}

	/** Drives the line on now and off after {@code length}. */
	synchronized void pulse(Duration length) {
		supersede();
		drive(true);
		long pulse = this.generation;
		this.pending = this.timer.after(length, () -> end(pulse));
	}

	boolean isOn() {
		return this.output.state() == this.on;
	}

	private synchronized void end(long pulse) {
		if (pulse != this.generation) {
			return;
		}
		this.pending = null;
		try {
			drive(false);
		}
		catch (GpioException ex) {
			log.error("Pulse end failed: {}", ex.getMessage());
		}
	}

	private void supersede() {
		this.generation++;
		if (this.pending != null) {
			this.pending.cancel();
			this.pending = null;
		}
	}

	private void drive(boolean active) {
		try {
			this.output.state(active ? this.on : off());
		}
		catch (RuntimeException ex) {
			throw this.failure.apply("cannot drive", ex);
		}
	}

	private DigitalState off() {
		return (this.on == DigitalState.HIGH) ? DigitalState.LOW : DigitalState.HIGH;
	}

	/** Names the line in a failure. */
	@FunctionalInterface
	interface Failure {

		GpioException apply(String verb, Exception cause);

	}

}
