package org.cloakroom.kiosk.systemd;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.scheduling.TaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * The notifier against a real AF_UNIX datagram socket bound by the test, which stands in
 * for systemd ({@link SystemdStandIn}). The schedule is a mock {@link TaskScheduler}: the
 * test reads the interval it was given and runs its ticks itself, so no test waits for a
 * timer; "nothing sent" is a bounded wait for a datagram that does not come.
 */
class ServiceManagerNotifierTest {

	private static final Duration MESSAGE = Duration.ofSeconds(5);

	private static final Duration SILENCE = Duration.ofMillis(300);

	@TempDir
	Path directory;

	private SystemdStandIn systemd;

	private NotifySocket socket;

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final AtomicBoolean databaseAnswers = new AtomicBoolean(true);

	private final DatabaseAnswers database = new DatabaseAnswers(() -> {
		if (!this.databaseAnswers.get()) {
			throw new IllegalStateException("Connection is closed");
		}
		return 1;
	}, Duration.ofSeconds(5));

	private final AtomicReference<String> health = new AtomicReference<>("health UP");

	private final TaskScheduler scheduler = mock(TaskScheduler.class);

	private final ScheduledFuture<?> ticks = mock(ScheduledFuture.class);

	@BeforeEach
	void bind() throws IOException {
		this.systemd = SystemdStandIn.atPath(this.directory);
		this.socket = NotifySocket.open(this.systemd.notifySocket());
		live(LivenessState.CORRECT);
		doReturn(this.ticks).when(this.scheduler).scheduleAtFixedRate(any(Runnable.class), any(Duration.class));
	}

	@AfterEach
	void close() throws IOException {
		this.socket.close();
		this.systemd.close();
		this.database.close();
	}

	@Test
	void saysReadyWithAHealthLineOnlyOnceTheApplicationIsReadyAndAcceptsTraffic() throws IOException {
		ServiceManagerNotifier notifier = notifier(Duration.ofSeconds(30));
		this.health.set("ble DOWN: no adapter");
		notifier.readinessChanged(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(this.systemd.next(SILENCE)).as("before ApplicationReadyEvent").isEmpty();

		notifier.applicationReady();

		assertThat(this.systemd.receive(MESSAGE)).isEqualTo("READY=1\nSTATUS=ready; ble DOWN: no adapter");
		notifier.readinessChanged(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(this.systemd.next(SILENCE)).as("a second READY=1").isEmpty();
	}

	@Test
	void sendsNothingWhileRefusingTraffic() throws IOException {
		ServiceManagerNotifier notifier = notifier(Duration.ofSeconds(30));
		notifier.applicationReady();
		notifier.readinessChanged(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));

		assertThat(this.systemd.next(SILENCE)).isEmpty();
	}

	@Test
	void feedsTheWatchdogAtTheIntervalItWasGivenWhileAliveAndTheDatabaseAnswers() throws IOException {
		Runnable tick = ready(notifier(Duration.ofSeconds(30)), Duration.ofSeconds(30));

		tick.run();
		assertThat(this.systemd.receive(MESSAGE)).isEqualTo("WATCHDOG=1");
		tick.run();
		assertThat(this.systemd.receive(MESSAGE)).isEqualTo("WATCHDOG=1");
	}

	@Test
	void stopsFeedingWhenLivenessGoesBrokenAndFeedsAgainWhenCorrect() throws IOException {
		Runnable tick = ready(notifier(Duration.ofSeconds(30)), Duration.ofSeconds(30));

		live(LivenessState.BROKEN);
		tick.run();
		assertThat(this.systemd.receive(MESSAGE)).isEqualTo("STATUS=not feeding the watchdog: liveness BROKEN");
		tick.run();
		assertThat(this.systemd.next(SILENCE)).as("no WATCHDOG=1 while BROKEN").isEmpty();

		live(LivenessState.CORRECT);
		tick.run();
		assertThat(this.systemd.receive(MESSAGE)).isEqualTo("WATCHDOG=1\nSTATUS=ready; health UP");
	}

	@Test
	void stopsFeedingWhenTheDatabaseStopsAnswering() throws IOException {
		Runnable tick = ready(notifier(Duration.ofSeconds(30)), Duration.ofSeconds(30));

		this.databaseAnswers.set(false);
		tick.run();

		assertThat(this.systemd.receive(MESSAGE))
			.isEqualTo("STATUS=not feeding the watchdog: the database failed: Connection is closed");
		tick.run();
		assertThat(this.systemd.next(SILENCE)).isEmpty();
	}

	@Test
	void updatesTheStatusWhenHealthChanges() throws IOException {
		Runnable tick = ready(notifier(Duration.ofSeconds(30)), Duration.ofSeconds(30));

		this.health.set("ble DOWN: no adapter");
		tick.run();

		assertThat(this.systemd.receive(MESSAGE)).isEqualTo("WATCHDOG=1\nSTATUS=ready; ble DOWN: no adapter");
	}

	@Test
	void withoutAWatchdogLooksAtHealthEveryThirtySecondsAndSendsOnlyChanges() throws IOException {
		Runnable tick = ready(notifier(null), ServiceManagerNotifier.STATUS_INTERVAL);

		tick.run();
		assertThat(this.systemd.next(SILENCE)).isEmpty();
		this.health.set("siem DEGRADED");
		tick.run();
		assertThat(this.systemd.receive(MESSAGE)).isEqualTo("STATUS=ready; siem DEGRADED");
	}

	@Test
	void saysStoppingAtShutdownAndFeedsNoMore() throws IOException {
		ServiceManagerNotifier notifier = notifier(Duration.ofSeconds(30));
		Runnable tick = ready(notifier, Duration.ofSeconds(30));

		notifier.stopping();

		assertThat(this.systemd.receive(MESSAGE)).isEqualTo("STOPPING=1\nSTATUS=stopping");
		verify(this.ticks).cancel(false);
		tick.run();
		notifier.stopping();
		assertThat(this.systemd.next(SILENCE)).isEmpty();
	}

	@Test
	void saysNothingAtAShutdownBeforeItWasReady() throws IOException {
		ServiceManagerNotifier notifier = notifier(Duration.ofSeconds(30));

		notifier.stopping();
		notifier.applicationReady();
		notifier.readinessChanged(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

		assertThat(this.systemd.next(SILENCE)).isEmpty();
	}

	private ServiceManagerNotifier notifier(Duration watchdogPing) {
		return new ServiceManagerNotifier(this.socket, Optional.ofNullable(watchdogPing), this.availability,
				this.database, this.health::get, this.scheduler);
	}

	/** Makes {@code notifier} ready, checks its READY=1 and interval; its tick. */
	private Runnable ready(ServiceManagerNotifier notifier, Duration interval) throws IOException {
		notifier.applicationReady();
		notifier.readinessChanged(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(this.systemd.receive(MESSAGE)).startsWith("READY=1\n");
		ArgumentCaptor<Runnable> tick = ArgumentCaptor.forClass(Runnable.class);
		verify(this.scheduler).scheduleAtFixedRate(tick.capture(), eq(interval));
		return tick.getValue();
	}

	private void live(LivenessState state) {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
	}

}
