package org.cloakroom.kiosk.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.cloakroom.kiosk.settings.RunTimeSetting;
import org.cloakroom.kiosk.settings.RunTimeSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The check-ins still going on; old ones are forgotten on access. They are kept in the
 * order they started as well, so that forgetting costs only the check-ins it forgets: a
 * kiosk under a burst of badges (or a benchmark) must not scan every open check-in on
 * each one.
 */
@Component
class OpenCheckIns {

	private final Map<CheckInId, CheckIn> checkIns = new ConcurrentHashMap<>();

	/** The same check-ins, oldest start first; guarded by {@code this}. */
	private final Deque<CheckIn> byStart = new ArrayDeque<>();

	private final Clock clock;

	/** How long an unfinished check-in is kept now (a run-time setting). */
	private final Supplier<Duration> timeout;

	@Autowired
	OpenCheckIns(CheckInProperties properties, RunTimeSettings settings, Clock clock) {
		this(() -> settings.duration(RunTimeSetting.CHECK_IN_TIMEOUT, properties.timeout()), clock);
	}

	/** With the configured timeout only. */
	OpenCheckIns(CheckInProperties properties, Clock clock) {
		this(properties::timeout, clock);
	}

	private OpenCheckIns(Supplier<Duration> timeout, Clock clock) {
		this.timeout = timeout;
		this.clock = clock;
	}

	synchronized CheckIn add(CheckIn checkIn) {
		forgetExpired();
		this.checkIns.put(checkIn.id(), checkIn);
		this.byStart.addLast(checkIn);
		return checkIn;
	}

	/**
	 * @throws CheckInRefusal.Ended when the check-in timed out or never was
	 */
	CheckIn get(CheckInId id) {
		Instant oldest = oldestKept();
		synchronized (this) {
			forgetExpired();
		}
		CheckIn checkIn = this.checkIns.get(id);
		// Checked here too: one that started out of order (a clock set back) may wait
		// behind a
		// younger one in byStart, but it must not outlive its timeout.
		if (checkIn == null || checkIn.startedAt().isBefore(oldest)) {
			throw new CheckInRefusal.Ended(id);
		}
		return checkIn;
	}

	private void forgetExpired() {
		Instant oldest = oldestKept();
		while (!this.byStart.isEmpty() && this.byStart.peekFirst().startedAt().isBefore(oldest)) {
			this.checkIns.remove(this.byStart.pollFirst().id());
		}
	}

	private Instant oldestKept() {
		return this.clock.instant().minus(this.timeout.get());
	}

}
