package org.cloakroom.kiosk.systemd;

import java.time.Duration;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;

/**
 * Tells systemd how the kiosk is (sd_notify(3)): {@code READY=1} once it serves (the
 * application ready and its readiness ACCEPTING_TRAFFIC), then every ping interval
 * {@code WATCHDOG=1} while Spring's liveness is CORRECT and the database answers (a hung
 * or broken kiosk stops feeding, and systemd restarts it), {@code STATUS=} a line of
 * health whenever it changes, and {@code STOPPING=1} at shutdown. It owns
 * {@code scheduler}, a thread of its own: Boot's shared scheduler has one thread, which
 * the database check could hold up to its bound, and exists only while scheduling is on.
 */
final class ServiceManagerNotifier implements AutoCloseable {

	/** How often the status is looked at when systemd set no watchdog. */
	static final Duration STATUS_INTERVAL = Duration.ofSeconds(30);

	private final NotifySocket socket;

	private final Optional<Duration> watchdogPing;

	private final ApplicationAvailability availability;

	private final DatabaseAnswers database;

	private final Supplier<String> health;

	private final TaskScheduler scheduler;

	private final AtomicBoolean applicationReady = new AtomicBoolean();

	private final AtomicBoolean acceptingTraffic = new AtomicBoolean();

	private final AtomicBoolean ready = new AtomicBoolean();

	private final AtomicBoolean stopping = new AtomicBoolean();

	private volatile String status;

	private volatile ScheduledFuture<?> ticks;

	ServiceManagerNotifier(NotifySocket socket, Optional<Duration> watchdogPing, ApplicationAvailability availability,
			DatabaseAnswers database, Supplier<String> health, TaskScheduler scheduler) {
		this.socket = socket;
		this.watchdogPing = watchdogPing;
		this.availability = availability;
		this.database = database;
		this.health = health;
		this.scheduler = scheduler;
	}

	@EventListener(ApplicationReadyEvent.class)
	void applicationReady() {
		this.applicationReady.set(true);
		readyWhenServing();
	}

	@EventListener
	void readinessChanged(AvailabilityChangeEvent<ReadinessState> event) {
		this.acceptingTraffic.set(event.getState() == ReadinessState.ACCEPTING_TRAFFIC);
		readyWhenServing();
	}

	private void readyWhenServing() {
		if (!this.applicationReady.get() || !this.acceptingTraffic.get() || this.stopping.get()
				|| !this.ready.compareAndSet(false, true)) {
			return;
		}
		this.status = "ready; " + this.health.get();
		this.socket.send("READY=1\nSTATUS=" + this.status);
		this.ticks = this.scheduler.scheduleAtFixedRate(this::tick, this.watchdogPing.orElse(STATUS_INTERVAL));
	}

	/**
	 * Feeds the watchdog if the kiosk is alive, and sends the status if it changed; never
	 * throws, so the schedule goes on.
	 */
	void tick() {
		if (this.stopping.get()) {
			return;
		}
		Optional<String> dead = notAlive();
		String now = dead.map((why) -> "not feeding the watchdog: " + why)
			.orElseGet(() -> "ready; " + this.health.get());
		StringJoiner message = new StringJoiner("\n");
		if (dead.isEmpty() && this.watchdogPing.isPresent()) {
			message.add("WATCHDOG=1");
		}
		if (!now.equals(this.status)) {
			this.status = now;
			message.add("STATUS=" + now);
		}
		if (message.length() > 0) {
			this.socket.send(message.toString());
		}
	}

	private Optional<String> notAlive() {
		LivenessState liveness = this.availability.getLivenessState();
		if (liveness != LivenessState.CORRECT) {
			return Optional.of("liveness " + liveness);
		}
		return this.database.problem();
	}

	/**
	 * STOPPING=1, once the kiosk said READY=1: a start that ends before (the CDS training
	 * run in ExecStartPre, a failed start) has nothing to tell, and is not the main
	 * process.
	 */
	@EventListener(ContextClosedEvent.class)
	void stopping() {
		if (this.stopping.compareAndSet(false, true)) {
			cancelTicks();
			if (this.ready.get()) {
				this.socket.send("STOPPING=1\nSTATUS=stopping");
			}
		}
	}

	@Override
	public void close() throws Exception {
		cancelTicks();
		if (this.scheduler instanceof DisposableBean owned) {
			owned.destroy();
		}
	}

	private void cancelTicks() {
		ScheduledFuture<?> scheduled = this.ticks;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
	}

}
