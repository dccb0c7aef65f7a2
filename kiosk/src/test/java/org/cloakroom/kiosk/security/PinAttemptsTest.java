package org.cloakroom.kiosk.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;

class PinAttemptsTest {

	private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	private final List<Object> published = new ArrayList<>();

	/** Three wrong PINs allowed within ten minutes; the fourth locks for fifteen. */
	private final PinAttempts attempts = new PinAttempts(
			new SecurityProperties(new SecurityProperties.Pin(4, 3, Duration.ofMinutes(10), Duration.ofMinutes(15))),
			this.clock, this.published::add);

	@Test
	void countsDownTheAttemptsLeftAndLocksOnTheOneTooMany() {
		assertThat(failTimes("b1", 4)).containsExactly(3, 2, 1, 0);

		assertThatExceptionOfType(PinEntryLockedException.class).isThrownBy(() -> this.attempts.checkAllowed("b1"))
			.satisfies((ex) -> assertThat(ex.lockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(15))))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("badge b1"));
	}

	@Test
	void publishesEachRejectionWithTheLockOnTheOneThatLocked() {
		failTimes("b1", 4);

		assertThat(this.published).containsExactly(new PinRejected("b1", 1, 3, null), new PinRejected("b1", 2, 2, null),
				new PinRejected("b1", 3, 1, null), new PinRejected("b1", 4, 0, START.plus(Duration.ofMinutes(15))));
		assertThat(((PinRejected) this.published.get(3)).alert()).isTrue();
	}

	@Test
	void allowsPinsUpToTheLimitWithoutLocking() {
		failTimes("b1", 3);

		assertThatCode(() -> this.attempts.checkAllowed("b1")).doesNotThrowAnyException();
	}

	@Test
	void refusesToCountFailuresWhileLocked() {
		failTimes("b1", 4);

		assertThatExceptionOfType(PinEntryLockedException.class).isThrownBy(() -> this.attempts.recordFailure("b1"));
		assertThat(this.published).hasSize(4);
	}

	@Test
	void locksOnlyTheBadgeThatFailed() {
		failTimes("b1", 4);

		assertThatCode(() -> this.attempts.checkAllowed("b2")).doesNotThrowAnyException();
		assertThat(this.attempts.recordFailure("b2")).isEqualTo(3);
	}

	@Test
	void forgetsFailuresOlderThanTheWindow() {
		failTimes("b1", 3);
		this.clock.advance(Duration.ofMinutes(10));

		assertThat(this.attempts.recordFailure("b1")).isEqualTo(3);
		assertThatCode(() -> this.attempts.checkAllowed("b1")).doesNotThrowAnyException();
	}

	@Test
	void countsFailuresSpreadAcrossTheWindow() {
		failTimes("b1", 2);
		this.clock.advance(Duration.ofMinutes(9));
		failTimes("b1", 1);
		this.clock.advance(Duration.ofMinutes(2));

		// The first two are now eleven minutes old: only the last one and this one count.
		assertThat(this.attempts.recordFailure("b1")).isEqualTo(2);
	}

	@Test
	void unlocksWhenTheLockOutEndsAndStartsAfresh() {
		failTimes("b1", 4);
		this.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
		assertThatExceptionOfType(PinEntryLockedException.class).isThrownBy(() -> this.attempts.checkAllowed("b1"));

		this.clock.advance(Duration.ofSeconds(1));

		assertThatCode(() -> this.attempts.checkAllowed("b1")).doesNotThrowAnyException();
		assertThat(this.attempts.recordFailure("b1")).isEqualTo(3);
	}

	@Test
	void successClearsTheCount() {
		failTimes("b1", 3);

		this.attempts.recordSuccess("b1");

		assertThat(this.attempts.recordFailure("b1")).isEqualTo(3);
	}

	@Test
	void refusesAMissingBadge() {
		assertRefusal(SecurityRefusal.class, () -> this.attempts.checkAllowed(" ")).contains("badge id");
		assertRefusal(SecurityRefusal.class, () -> this.attempts.recordFailure(null)).contains("badge id");
	}

	private List<Integer> failTimes(String badge, int times) {
		List<Integer> left = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			left.add(this.attempts.recordFailure(badge));
		}
		return left;
	}

}
