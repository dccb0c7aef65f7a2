package org.cloakroom.kiosk.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent wrong PINs of one badge and, once there were too many, until when PIN entry
 * is locked. Immutable: {@link PinAttempts} swaps it atomically per badge.
 */
record BadgeFailures(List<Instant> times, Instant lockedUntil) {

	static final BadgeFailures NONE = new BadgeFailures(List.of(), null);

	BadgeFailures {
		times = List.copyOf(times);
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	/** Nothing left to remember: not locked and no failure within the window. */
	boolean isStaleAt(Instant now, Duration window) {
		return !isLockedAt(now) && current(now, window).times.isEmpty();
	}

	/**
	 * What still counts at {@code now}: failures within the window; nothing once a
	 * lock-out has ended, so the badge starts afresh.
	 */
	BadgeFailures current(Instant now, Duration window) {
		if (this.lockedUntil != null && !isLockedAt(now)) {
			return NONE;
		}
		Instant horizon = now.minus(window);
		return new BadgeFailures(this.times.stream().filter(horizon::isBefore).toList(), this.lockedUntil);
	}

	/** Adds a failure at {@code now}; more than {@code maxFailures} locks PIN entry. */
	BadgeFailures plus(Instant now, int maxFailures, Duration lockout) {
		List<Instant> more = new ArrayList<>(this.times);
		more.add(now);
		Instant until = (more.size() > maxFailures) ? now.plus(lockout) : null;
		return new BadgeFailures(more, until);
	}

	int attemptsLeft(int maxFailures) {
		return Math.max(0, maxFailures + 1 - this.times.size());
	}

}
