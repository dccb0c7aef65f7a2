package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LockerTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final MutableClock clock = MutableClock.startingAt("2026-03-02T08:00:00Z");

	private final Locker locker = Locker.wired(7, "7", 2, 3, this.clock.instant());

	@Test
	void startsFreeAndLocked() {
		assertThat(this.locker.state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).isEmpty();
	}

	@Test
	void reservesAFreeLockerUnlockedUntilTheDeadline() {
		Instant now = this.clock.instant();
		this.locker.reserve(42, now, TIMEOUT);

		assertThat(this.locker.state()).isEqualTo(LockerState.RESERVED);
		assertThat(this.locker.sessionId()).isEqualTo(42L);
		assertThat(this.locker.deadline()).isEqualTo(now.plus(TIMEOUT));
		assertThat(this.locker.wantsUnlocked()).isTrue();
		assertThat(this.locker.takeEvents()).containsExactly(new LockerReserved(7, 42, now.plus(TIMEOUT), now));
	}

	@ParameterizedTest
	@EnumSource(names = { "RESERVED", "OCCUPIED", "RELEASING" })
	void refusesReservationUnlessFree(LockerState state) {
		bringTo(state);

		assertThatIllegalStateException().isThrownBy(() -> this.locker.reserve(43, this.clock.instant(), TIMEOUT))
			.withMessage("Locker 7 cannot be reserved while " + state);
		assertThat(this.locker.state()).isEqualTo(state);
	}

	@Test
	void relocksWhenTheDoorOpensDuringAReservation() {
		this.locker.reserve(42, this.clock.instant(), TIMEOUT);
		this.locker.takeEvents();

		this.locker.doorOpened(this.clock.instant());

		assertThat(this.locker.state()).isEqualTo(LockerState.RESERVED);
		assertThat(this.locker.doorOpenedDuringTransition()).isTrue();
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).singleElement()
			.isEqualTo(new LockerDoorOpened(7, LockerState.RESERVED, true, this.clock.instant()))
			.satisfies((event) -> assertThat(event.alert()).isFalse());
	}

	@Test
	void becomesOccupiedWhenTheDoorClosesAfterOpening() {
		this.locker.reserve(42, this.clock.instant(), TIMEOUT);
		this.locker.doorOpened(this.clock.instant());
		this.locker.takeEvents();
		this.clock.advance(Duration.ofSeconds(5));
		Instant now = this.clock.instant();

		this.locker.doorClosed(now, Optional.empty(), 3, TIMEOUT);

		assertThat(this.locker.state()).isEqualTo(LockerState.OCCUPIED);
		assertThat(this.locker.sessionId()).isEqualTo(42L);
		assertThat(this.locker.deadline()).isNull();
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).containsExactly(new LockerDoorClosed(7, LockerState.RESERVED, now),
				new LockerOccupied(7, 42, now));
	}

	@Test
	void staysReservedWhenTheDoorClosesWithoutHavingOpened() {
		this.locker.reserve(42, this.clock.instant(), TIMEOUT);
		this.locker.takeEvents();

		this.locker.doorClosed(this.clock.instant(), Optional.empty(), 3, TIMEOUT);

		assertThat(this.locker.state()).isEqualTo(LockerState.RESERVED);
		assertThat(this.locker.takeEvents())
			.containsExactly(new LockerDoorClosed(7, LockerState.RESERVED, this.clock.instant()));
	}

	@Test
	void keepsAReservationUntilItsDeadline() {
		this.locker.reserve(42, this.clock.instant(), TIMEOUT);
		this.locker.takeEvents();
		this.clock.advance(TIMEOUT.minusMillis(1));

		this.locker.expire(this.clock.instant());

		assertThat(this.locker.state()).isEqualTo(LockerState.RESERVED);
		assertThat(this.locker.takeEvents()).isEmpty();
	}

	@Test
	void freesAReservationWhoseDoorNeverOpenedAtItsDeadline() {
		this.locker.reserve(42, this.clock.instant(), TIMEOUT);
		this.locker.takeEvents();
		this.clock.advance(TIMEOUT);
		Instant now = this.clock.instant();

		this.locker.expire(now);

		assertThat(this.locker.state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.sessionId()).isNull();
		assertThat(this.locker.deadline()).isNull();
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).containsExactly(new LockerReservationExpired(7, 42, now));
	}

	@Test
	void keepsAReservationWhoseDoorIsOpenPastItsDeadline() {
		this.locker.reserve(42, this.clock.instant(), TIMEOUT);
		this.locker.doorOpened(this.clock.instant());
		this.locker.takeEvents();
		this.clock.advance(TIMEOUT.multipliedBy(2));

		this.locker.expire(this.clock.instant());

		assertThat(this.locker.state()).isEqualTo(LockerState.RESERVED);
		assertThat(this.locker.takeEvents()).isEmpty();
	}

	@Test
	void releasesTheOccupiedLockerOfItsSession() {
		bringTo(LockerState.OCCUPIED);
		Instant now = this.clock.instant();

		this.locker.release(42, now, TIMEOUT);

		assertThat(this.locker.state()).isEqualTo(LockerState.RELEASING);
		assertThat(this.locker.deadline()).isEqualTo(now.plus(TIMEOUT));
		assertThat(this.locker.wantsUnlocked()).isTrue();
		assertThat(this.locker.takeEvents()).containsExactly(new LockerReleaseStarted(7, 42, now.plus(TIMEOUT), now));
	}

	@Test
	void refusesReleaseToAnotherSession() {
		bringTo(LockerState.OCCUPIED);

		assertThatIllegalStateException().isThrownBy(() -> this.locker.release(99, this.clock.instant(), TIMEOUT))
			.withMessage("Locker 7 cannot be released for session 99: it holds session 42");
		assertThat(this.locker.state()).isEqualTo(LockerState.OCCUPIED);
	}

	@ParameterizedTest
	@EnumSource(names = { "FREE", "RESERVED", "RELEASING" })
	void refusesReleaseUnlessOccupied(LockerState state) {
		bringTo(state);

		assertThatIllegalStateException().isThrownBy(() -> this.locker.release(42, this.clock.instant(), TIMEOUT))
			.withMessage("Locker 7 cannot be released while " + state);
		assertThat(this.locker.state()).isEqualTo(state);
	}

	@Test
	void isFreedWhenTheDoorOpensAndClosesDuringARelease() {
		bringTo(LockerState.RELEASING);

		this.locker.doorOpened(this.clock.instant());
		assertThat(this.locker.wantsUnlocked()).isFalse();
		this.locker.doorClosed(this.clock.instant(), Optional.empty(), 3, TIMEOUT);

		assertThat(this.locker.state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.sessionId()).isNull();
		assertThat(this.locker.takeEvents()).containsExactly(
				new LockerDoorOpened(7, LockerState.RELEASING, true, this.clock.instant()),
				new LockerDoorClosed(7, LockerState.RELEASING, this.clock.instant()),
				new LockerFreed(7, 42, this.clock.instant()));
	}

	@Test
	void relocksAReleaseWhoseDoorNeverOpenedAtItsDeadline() {
		bringTo(LockerState.RELEASING);
		this.clock.advance(TIMEOUT);
		Instant now = this.clock.instant();

		this.locker.expire(now);

		assertThat(this.locker.state()).isEqualTo(LockerState.OCCUPIED);
		assertThat(this.locker.sessionId()).isEqualTo(42L);
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).containsExactly(new LockerReleaseExpired(7, 42, now));
	}

	@ParameterizedTest
	@EnumSource(names = { "FREE", "OCCUPIED" })
	void putsALockedLockerWhoseDoorOpensUncommandedInFaultAsForcedKeepingItsSession(LockerState state) {
		bringTo(state);
		Long session = this.locker.sessionId();
		Instant now = this.clock.instant();

		this.locker.doorOpened(now);
		this.locker.doorClosed(now, Optional.empty(), 3, TIMEOUT);

		assertThat(this.locker.state()).isEqualTo(LockerState.FAULT);
		assertThat(this.locker.fault()).isEqualTo(LockerFault.FORCED);
		assertThat(this.locker.sessionId()).isEqualTo(session);
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).containsExactly(new LockerDoorOpened(7, state, false, now),
				new LockerForced(7, state, session, now), new LockerDoorClosed(7, LockerState.FAULT, now));
		assertThat(new LockerForced(7, state, session, now).alert()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(names = { "FREE", "OCCUPIED" })
	void ignoresDeadlinesOfSettledLockers(LockerState state) {
		bringTo(state);
		this.clock.advance(TIMEOUT.multipliedBy(10));

		this.locker.expire(this.clock.instant());

		assertThat(this.locker.state()).isEqualTo(state);
		assertThat(this.locker.takeEvents()).isEmpty();
	}

	@Test
	void recoversAReservationWhoseDoorNeverOpenedAsFree() {
		bringTo(LockerState.RESERVED);

		this.locker.recoverAtStartup(false, Optional.empty(), this.clock.instant());

		assertThat(this.locker.state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.sessionId()).isNull();
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class, (event) -> {
				assertThat(event.before()).isEqualTo(LockerState.RESERVED);
				assertThat(event.after()).isEqualTo(LockerState.FREE);
				assertThat(event.sessionId()).isEqualTo(42L);
				assertThat(event.explanation()).contains("never opened");
			});
	}

	@Test
	void recoversAReservationWhoseDoorHadOpenedAsOccupied() {
		bringTo(LockerState.RESERVED);
		this.locker.doorOpened(this.clock.instant());
		this.locker.takeEvents();

		this.locker.recoverAtStartup(false, Optional.empty(), this.clock.instant());

		assertThat(this.locker.state()).isEqualTo(LockerState.OCCUPIED);
		assertThat(this.locker.sessionId()).isEqualTo(42L);
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class, (event) -> {
				assertThat(event.after()).isEqualTo(LockerState.OCCUPIED);
				assertThat(event.explanation()).contains("probably inside").doesNotContain("reads open");
			});
	}

	@Test
	void recoversAReservationWhoseDoorReadsOpenAsOccupiedAndSaysSo() {
		bringTo(LockerState.RESERVED);

		this.locker.recoverAtStartup(true, Optional.empty(), this.clock.instant());

		assertThat(this.locker.state()).isEqualTo(LockerState.OCCUPIED);
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class,
					(event) -> assertThat(event.explanation()).contains("door sensor reads open at start-up"));
	}

	@Test
	void recoversAReleaseAsOccupied() {
		bringTo(LockerState.RELEASING);

		this.locker.recoverAtStartup(false, Optional.empty(), this.clock.instant());

		assertThat(this.locker.state()).isEqualTo(LockerState.OCCUPIED);
		assertThat(this.locker.sessionId()).isEqualTo(42L);
		assertThat(this.locker.deadline()).isNull();
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class, (event) -> {
				assertThat(event.before()).isEqualTo(LockerState.RELEASING);
				assertThat(event.explanation()).contains("the owner collects again");
			});
	}

	@Test
	void putsAnOccupiedLockerWhoseDoorReadsOpenAtStartupInFaultWithWhatToDo() {
		bringTo(LockerState.OCCUPIED);

		this.locker.recoverAtStartup(true, Optional.empty(), this.clock.instant());

		assertThat(this.locker.state()).isEqualTo(LockerState.FAULT);
		assertThat(this.locker.fault()).isEqualTo(LockerFault.STARTUP_DISAGREEMENT);
		assertThat(this.locker.sessionId()).isEqualTo(42L);
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerSensorsDisagreedAtStartup.class, (event) -> {
				assertThat(event.alert()).isTrue();
				assertThat(event.doorOpen()).isTrue();
				assertThat(event.explanation()).contains("may have been forced");
				assertThat(event.officerAction()).contains("clear the fault");
			});
	}

	@Test
	void leavesASettledLockerWithItsDoorShutAloneAtStartup() {
		bringTo(LockerState.OCCUPIED);

		this.locker.recoverAtStartup(false, Optional.empty(), this.clock.instant());

		assertThat(this.locker.state()).isEqualTo(LockerState.OCCUPIED);
		assertThat(this.locker.takeEvents()).isEmpty();
	}

	/** Walks the locker to {@code state} for session 42 through its own transitions. */
	private void bringTo(LockerState state) {
		Instant now = this.clock.instant();
		if (state != LockerState.FREE) {
			this.locker.reserve(42, now, TIMEOUT);
		}
		if (state == LockerState.OCCUPIED || state == LockerState.RELEASING) {
			this.locker.doorOpened(now);
			this.locker.doorClosed(now, Optional.empty(), 3, TIMEOUT);
		}
		if (state == LockerState.RELEASING) {
			this.locker.release(42, now, TIMEOUT);
		}
		assertThat(this.locker.state()).isEqualTo(state);
		this.locker.takeEvents();
	}

}
