package org.cloakroom.kiosk.locker.gpio;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends pulses on one daemon thread of its own. Not a {@code ScheduledExecutorService}
 * bean on purpose: Spring Boot would take such a bean for its {@code @Scheduled} tasks.
 */
final class ExecutorPulseTimer implements PulseTimer, AutoCloseable {

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "gpio-pulses");
		thread.setDaemon(true);
		return thread;
	});

	@Override
	public Scheduled after(Duration delay, Runnable task) {
		ScheduledFuture<?> future = this.executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
		return () -> future.cancel(false);
	}

	/** Drops pending pulse ends: the Pi4J context's shutdown drives every output off. */
	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
