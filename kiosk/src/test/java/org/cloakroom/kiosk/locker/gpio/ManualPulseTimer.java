package org.cloakroom.kiosk.locker.gpio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Holds pulse ends until the test runs them, so that no test sleeps through a pulse. */
final class ManualPulseTimer implements PulseTimer {

	private final List<Pending> pending = new ArrayList<>();

	@Override
	public synchronized Scheduled after(Duration delay, Runnable task) {
		Pending scheduled = new Pending(delay, task);
		this.pending.add(scheduled);
		return () -> this.pending.remove(scheduled);
	}

	/** The delays of the pulse ends not yet run, oldest first. */
	synchronized List<Duration> pending() {
		return this.pending.stream().map(Pending::delay).toList();
	}

	/** Runs every pending pulse end now, as though its time had come. */
	void elapse() {
		List<Pending> due;
		synchronized (this) {
			due = List.copyOf(this.pending);
			this.pending.clear();
		}
		due.forEach((scheduled) -> scheduled.task().run());
	}

	private record Pending(Duration delay, Runnable task) {
	}

}
