package org.cloakroom.kiosk.web.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Watches the open streams on its own thread, several times per send timeout: drops a
 * stream whose write has waited for the client longer than the timeout, and sends a
 * heartbeat on a quiet one. Time is the injected clock's, as everywhere.
 */
final class LiveWatchdog implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LiveWatchdog.class);

	private final Set<LiveStream> streams;

	private final LiveProperties properties;

	private final Clock clock;

	private final ScheduledExecutorService thread;

	LiveWatchdog(Set<LiveStream> streams, LiveProperties properties, Clock clock) {
		this.streams = streams;
		this.properties = properties;
		this.clock = clock;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("cloakroom-live-watchdog-");
		threads.setDaemon(true);
		this.thread = Executors.newSingleThreadScheduledExecutor(threads);
		long period = Math.max(50, Math.min(1000, properties.sendTimeout().toMillis() / 4));
		this.thread.scheduleWithFixedDelay(this::watch, period, period, TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		this.thread.shutdownNow();
	}

	private void watch() {
		try {
			Instant now = this.clock.instant();
			Duration timeout = this.properties.sendTimeout();
			for (LiveStream stream : this.streams) {
				if (stream.stalledPast(now, timeout)) {
					stream.close("a write waited for it longer than " + timeout.toMillis() + " ms");
				}
				else {
					stream.heartbeatIfQuiet(now, this.properties.heartbeat());
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("The live stream watchdog failed; it tries again", ex);
		}
	}

}
