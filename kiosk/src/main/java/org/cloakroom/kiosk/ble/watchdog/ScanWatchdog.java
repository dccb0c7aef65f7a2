package org.cloakroom.kiosk.ble.watchdog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link Scan} going without restarting the program: every {@code checkInterval}
 * (and at once when the scan reports a change such as bluetoothd restarting) it makes
 * every adapter scan, resets the scan when its connection broke, and restarts discovery
 * after {@code quietTimeout} of silence. Health is DOWN, with the reason, while nothing
 * can scan. All calls to the scan run on its one thread, so a scan needs no locking of
 * its own.
 */
public final class ScanWatchdog {

	private static final Logger logger = LoggerFactory.getLogger(ScanWatchdog.class);

	private final String transport;

	private Scan scan;

	private final Duration checkInterval;

	private final Duration quietTimeout;

	private final Clock clock;

	private ScheduledExecutorService executor;

	private volatile TransportHealth health = TransportHealth.stopped("not started");

	private volatile Instant lastHeard;

	private long quietRestarts;

	private String lastProblem;

	public ScanWatchdog(String transport, Duration checkInterval, Duration quietTimeout, Clock clock) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.checkInterval = checkInterval;
		this.quietTimeout = quietTimeout;
		this.clock = clock;
	}

	/** Starts checking {@code scan}, which may hold this watchdog to call back. */
	public synchronized void start(Scan scan) {
		if (this.executor != null) {
			throw new IllegalStateException("The " + this.transport + " watchdog is already running");
		}
		this.scan = Objects.requireNonNull(scan, "scan");
		this.lastHeard = this.clock.instant();
		this.health = TransportHealth.stopped("starting");
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "ble-" + this.transport + "-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		this.executor.scheduleWithFixedDelay(this::check, 0, this.checkInterval.toMillis(), TimeUnit.MILLISECONDS);
	}

	public synchronized void stop() {
		if (this.executor == null) {
			return;
		}
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor = null;
		// on this thread: the watchdog's thread is gone, so nothing else calls the scan
		this.scan.reset();
		this.health = TransportHealth.stopped("stopped");
	}

	/** Something arrived: the scan is alive. */
	public void heard() {
		this.lastHeard = this.clock.instant();
	}

	/** Checks now rather than at the next interval (an adapter came, bluetoothd left). */
	public void checkSoon() {
		execute(this::check);
	}

	/** Runs {@code task} on the watchdog's thread, after what is queued. */
	public synchronized void execute(Runnable task) {
		if (this.executor != null && !this.executor.isShutdown()) {
			this.executor.execute(task);
		}
	}

	/** Marks the scan as not scanning until the next successful check. */
	public void down(String reason) {
		this.health = TransportHealth.stopped(reason);
	}

	public TransportHealth health() {
		return this.health;
	}

	void check() {
		try {
			List<String> adapters = this.scan.ensureScanning();
			restartIfQuiet();
			this.health = new TransportHealth(true,
					"scanning on " + String.join(", ", adapters)
							+ ((this.quietRestarts > 0) ? "; discovery restarted " + this.quietRestarts
									+ " times after " + this.quietTimeout.toSeconds() + " s of silence" : ""),
					this.scan.adapters());
			recovered();
		}
		catch (NotScanning ex) {
			problem(ex.getMessage(), null);
			this.health = new TransportHealth(false, ex.getMessage(), this.scan.adapters());
		}
		catch (Exception ex) {
			problem(reason(ex), ex);
			this.scan.reset();
		}
	}

	private void restartIfQuiet() throws Exception {
		Instant now = this.clock.instant();
		if (Duration.between(this.lastHeard, now).compareTo(this.quietTimeout) >= 0) {
			logger.warn("Nothing heard by the " + this.transport + " BLE transport for " + this.quietTimeout.toSeconds()
					+ " s; restarting discovery on every adapter");
			this.quietRestarts++;
			this.lastHeard = now;
			this.scan.restartDiscovery();
		}
	}

	private void problem(String reason, Exception cause) {
		this.health = TransportHealth.stopped(reason);
		if (!reason.equals(this.lastProblem)) {
			logger.warn(
					"The " + this.transport + " BLE transport cannot scan: " + reason + "; retrying every "
							+ this.checkInterval.toMillis() + " ms",
					(cause != null && logger.isDebugEnabled()) ? cause : null);
			this.lastProblem = reason;
		}
	}

	private void recovered() {
		if (this.lastProblem != null) {
			logger.info("The " + this.transport + " BLE transport is scanning again: " + this.health.detail());
			this.lastProblem = null;
		}
	}

	private static String reason(Exception ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + ((message == null) ? "" : ": " + message.lines().findFirst().orElse(""));
	}

}
