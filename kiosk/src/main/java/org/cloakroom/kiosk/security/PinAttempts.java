package org.cloakroom.kiosk.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cloakroom.kiosk.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Counts wrong PINs per badge and locks PIN entry for that badge after too many within a
 * window (both from {@code cloakroom.security.pin.*}), using the injected Clock. With
 * {@code max-failures} 5, five wrong PINs within the window are allowed and the sixth
 * locks PIN entry for {@code lockout}; once that ends the badge starts afresh. The counts
 * live in memory only: a restart forgives them.
 */
@Component
public class PinAttempts {

	private final SecurityProperties.Pin settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Map<String, BadgeFailures> failures = new ConcurrentHashMap<>();

	PinAttempts(SecurityProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.settings = properties.pin();
		this.clock = clock;
		this.events = events;
	}

	/**
	 * @throws PinEntryLockedException while the badge is locked out
	 */
	public void checkAllowed(String badgeId) {
		requireBadge(badgeId);
		BadgeFailures state = this.failures.get(badgeId);
		Instant now = this.clock.instant();
		if (state != null && state.isLockedAt(now)) {
			throw new PinEntryLockedException(badgeId, state.lockedUntil());
		}
	}

	/**
	 * Records a wrong PIN (and publishes {@link PinRejected}); returns attempts left
	 * before lock-out: how many more PINs may be tried, the last of which locks if wrong.
	 * @throws PinEntryLockedException while the badge is locked out
	 */
	public int recordFailure(String badgeId) {
		requireBadge(badgeId);
		Instant now = this.clock.instant();
		this.failures.values().removeIf((state) -> state.isStaleAt(now, this.settings.window()));
		BadgeFailures state = this.failures.compute(badgeId, (id, previous) -> {
			if (previous != null && previous.isLockedAt(now)) {
				throw new PinEntryLockedException(id, previous.lockedUntil());
			}
			BadgeFailures current = (previous != null) ? previous.current(now, this.settings.window())
					: BadgeFailures.NONE;
			return current.plus(now, this.settings.maxFailures(), this.settings.lockout());
		});
		int attemptsLeft = state.attemptsLeft(this.settings.maxFailures());
		this.events.publishEvent(new PinRejected(badgeId, state.times().size(), attemptsLeft, state.lockedUntil()));
		return attemptsLeft;
	}

	/** The right PIN: the badge's wrong ones are forgotten. */
	public void recordSuccess(String badgeId) {
		requireBadge(badgeId);
		this.failures.remove(badgeId);
	}

	private static void requireBadge(String badgeId) {
		if (badgeId == null || badgeId.isBlank()) {
			throw new SecurityRefusal(Refusal.Kind.INVALID, "badge-required", badgeId);
		}
	}

}
