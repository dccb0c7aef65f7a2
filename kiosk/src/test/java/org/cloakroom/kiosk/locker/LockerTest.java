package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.time.Instant;

import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.locker.LockerWords.assertRefused;

class LockerTest {

	private static final LockerId LOCKER = LockerId.of(7);

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final MutableClock clock = MutableClock.startingAt("2026-03-02T08:00:00Z");

	private final Locker locker = new Locker(LockerRow.free(LOCKER, new Place("7", 2, 3)));

	@Test
	void startsFreeAndLocked() {
		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).isEmpty();
	}

	@Test
	void unlocksAFreeLockerForStoringUntilTheDeadline() {
		Instant now = this.clock.instant();
		this.locker.unlockForStoring(StorageId.of(42), now, TIMEOUT);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORING);
		assertThat(this.locker.row().storage()).isEqualTo(StorageId.of(42));
		assertThat(this.locker.row().unlock().deadline()).isEqualTo(now.plus(TIMEOUT));
		assertThat(this.locker.wantsUnlocked()).isTrue();
		assertThat(this.locker.takeEvents())
			.containsExactly(new LockerReserved(LOCKER, StorageId.of(42), now.plus(TIMEOUT), now));
	}

	@ParameterizedTest
	@EnumSource(names = { "STORING", "STORED", "COLLECTING" })
	void refusesStoringUnlessFree(LockerState state) {
		bringTo(state);

		assertRefused(() -> this.locker.unlockForStoring(StorageId.of(43), this.clock.instant(), TIMEOUT))
			.isEqualTo("Locker 7 cannot be unlocked for storing while " + state);
		assertThat(this.locker.row().state()).isEqualTo(state);
	}

	@Test
	void relocksWhenTheDoorOpensWhileStoring() {
		this.locker.unlockForStoring(StorageId.of(42), this.clock.instant(), TIMEOUT);
		this.locker.takeEvents();

		this.locker.doorOpened(this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORING);
		assertThat(this.locker.row().unlock().doorOpened()).isTrue();
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).singleElement()
			.isEqualTo(new LockerDoorOpened(LOCKER, LockerState.STORING, true, this.clock.instant()))
			.satisfies((event) -> assertThat(event.alert()).isFalse());
	}

	@Test
	void becomesStoredWhenTheDoorClosesAfterOpening() {
		this.locker.unlockForStoring(StorageId.of(42), this.clock.instant(), TIMEOUT);
		this.locker.doorOpened(this.clock.instant());
		this.locker.takeEvents();
		this.clock.advance(Duration.ofSeconds(5));
		Instant now = this.clock.instant();

		this.locker.doorClosed(now, Occupancy.UNKNOWN, 3, TIMEOUT);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORED);
		assertThat(this.locker.row().storage()).isEqualTo(StorageId.of(42));
		assertThat(this.locker.row().unlock()).isNull();
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).containsExactly(new LockerDoorClosed(LOCKER, LockerState.STORING, now),
				new LockerOccupied(LOCKER, StorageId.of(42), now));
	}

	@Test
	void staysStoringWhenTheDoorClosesWithoutHavingOpened() {
		this.locker.unlockForStoring(StorageId.of(42), this.clock.instant(), TIMEOUT);
		this.locker.takeEvents();

		this.locker.doorClosed(this.clock.instant(), Occupancy.UNKNOWN, 3, TIMEOUT);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORING);
		assertThat(this.locker.takeEvents())
			.containsExactly(new LockerDoorClosed(LOCKER, LockerState.STORING, this.clock.instant()));
	}

	@Test
	void keepsStoringUntilTheDeadline() {
		this.locker.unlockForStoring(StorageId.of(42), this.clock.instant(), TIMEOUT);
		this.locker.takeEvents();
		this.clock.advance(TIMEOUT.minusMillis(1));

		this.locker.expire(this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORING);
		assertThat(this.locker.takeEvents()).isEmpty();
	}

	@Test
	void freesAStoringWhoseDoorNeverOpenedAtItsDeadline() {
		this.locker.unlockForStoring(StorageId.of(42), this.clock.instant(), TIMEOUT);
		this.locker.takeEvents();
		this.clock.advance(TIMEOUT);
		Instant now = this.clock.instant();

		this.locker.expire(now);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.row().storage()).isNull();
		assertThat(this.locker.row().unlock()).isNull();
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents())
			.containsExactly(new LockerReservationExpired(LOCKER, StorageId.of(42), now));
	}

	@Test
	void keepsAStoringWhoseDoorIsOpenPastItsDeadline() {
		this.locker.unlockForStoring(StorageId.of(42), this.clock.instant(), TIMEOUT);
		this.locker.doorOpened(this.clock.instant());
		this.locker.takeEvents();
		this.clock.advance(TIMEOUT.multipliedBy(2));

		this.locker.expire(this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORING);
		assertThat(this.locker.takeEvents()).isEmpty();
	}

	@Test
	void unlocksAStoredLockerForCollectingItsStorage() {
		bringTo(LockerState.STORED);
		Instant now = this.clock.instant();

		this.locker.unlockForCollecting(StorageId.of(42), now, TIMEOUT);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.COLLECTING);
		assertThat(this.locker.row().unlock().deadline()).isEqualTo(now.plus(TIMEOUT));
		assertThat(this.locker.wantsUnlocked()).isTrue();
		assertThat(this.locker.takeEvents())
			.containsExactly(new LockerReleaseStarted(LOCKER, StorageId.of(42), now.plus(TIMEOUT), now));
	}

	@Test
	void refusesCollectingAnotherStorage() {
		bringTo(LockerState.STORED);

		assertRefused(() -> this.locker.unlockForCollecting(StorageId.of(99), this.clock.instant(), TIMEOUT))
			.isEqualTo("Locker 7 cannot be unlocked for collecting storage 99: it holds storage 42");
		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORED);
	}

	@ParameterizedTest
	@EnumSource(names = { "FREE", "STORING", "COLLECTING" })
	void refusesCollectingUnlessStored(LockerState state) {
		bringTo(state);

		assertRefused(() -> this.locker.unlockForCollecting(StorageId.of(42), this.clock.instant(), TIMEOUT))
			.isEqualTo("Locker 7 cannot be unlocked for collecting while " + state);
		assertThat(this.locker.row().state()).isEqualTo(state);
	}

	@Test
	void isFreedWhenTheDoorOpensAndClosesWhileCollecting() {
		bringTo(LockerState.COLLECTING);

		this.locker.doorOpened(this.clock.instant());
		assertThat(this.locker.wantsUnlocked()).isFalse();
		this.locker.doorClosed(this.clock.instant(), Occupancy.UNKNOWN, 3, TIMEOUT);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.row().storage()).isNull();
		assertThat(this.locker.takeEvents()).containsExactly(
				new LockerDoorOpened(LOCKER, LockerState.COLLECTING, true, this.clock.instant()),
				new LockerDoorClosed(LOCKER, LockerState.COLLECTING, this.clock.instant()),
				new LockerFreed(LOCKER, StorageId.of(42), this.clock.instant()));
	}

	@Test
	void relocksACollectionWhoseDoorNeverOpenedAtItsDeadline() {
		bringTo(LockerState.COLLECTING);
		this.clock.advance(TIMEOUT);
		Instant now = this.clock.instant();

		this.locker.expire(now);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORED);
		assertThat(this.locker.row().storage()).isEqualTo(StorageId.of(42));
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).containsExactly(new LockerReleaseExpired(LOCKER, StorageId.of(42), now));
	}

	@ParameterizedTest
	@EnumSource(names = { "FREE", "STORED" })
	void putsALockedLockerWhoseDoorOpensUncommandedInFaultAsForcedKeepingItsStorage(LockerState state) {
		bringTo(state);
		StorageId session = this.locker.row().storage();
		Instant now = this.clock.instant();

		this.locker.doorOpened(now);
		this.locker.doorClosed(now, Occupancy.UNKNOWN, 3, TIMEOUT);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FAULT);
		assertThat(this.locker.row().fault()).isEqualTo(LockerFault.FORCED);
		assertThat(this.locker.row().storage()).isEqualTo(session);
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).containsExactly(new LockerDoorOpened(LOCKER, state, false, now),
				new LockerForced(LOCKER, state, session, now), new LockerDoorClosed(LOCKER, LockerState.FAULT, now));
		assertThat(new LockerForced(LOCKER, state, session, now).alert()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(names = { "FREE", "STORED" })
	void ignoresDeadlinesOfSettledLockers(LockerState state) {
		bringTo(state);
		this.clock.advance(TIMEOUT.multipliedBy(10));

		this.locker.expire(this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(state);
		assertThat(this.locker.takeEvents()).isEmpty();
	}

	@Test
	void recoversAStoringWhoseDoorNeverOpenedAsFree() {
		bringTo(LockerState.STORING);

		this.locker.recoverAtStartup(false, Occupancy.UNKNOWN, this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.row().storage()).isNull();
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class, (event) -> {
				assertThat(event.before()).isEqualTo(LockerState.STORING);
				assertThat(event.after()).isEqualTo(LockerState.FREE);
				assertThat(event.storageId()).isEqualTo(StorageId.of(42));
				assertThat(event.reason()).isEqualTo(RecoveryReason.STORING_DOOR_NEVER_OPENED);
				assertThat(LockerWords.of(event)).contains("never opened");
			});
	}

	@Test
	void recoversAStoringWhoseDoorHadOpenedAsStored() {
		bringTo(LockerState.STORING);
		this.locker.doorOpened(this.clock.instant());
		this.locker.takeEvents();

		this.locker.recoverAtStartup(false, Occupancy.UNKNOWN, this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORED);
		assertThat(this.locker.row().storage()).isEqualTo(StorageId.of(42));
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class, (event) -> {
				assertThat(event.after()).isEqualTo(LockerState.STORED);
				assertThat(event.reason()).isEqualTo(RecoveryReason.STORING_DOOR_OPENED);
				assertThat(LockerWords.of(event)).contains("probably inside").doesNotContain("reads open");
			});
	}

	@Test
	void recoversAStoringWhoseDoorReadsOpenAsStoredAndSaysSo() {
		bringTo(LockerState.STORING);

		this.locker.recoverAtStartup(true, Occupancy.UNKNOWN, this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORED);
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class,
					(event) -> assertThat(LockerWords.of(event)).contains("door sensor reads open at start-up"));
	}

	@Test
	void recoversACollectionAsStored() {
		bringTo(LockerState.COLLECTING);

		this.locker.recoverAtStartup(false, Occupancy.UNKNOWN, this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORED);
		assertThat(this.locker.row().storage()).isEqualTo(StorageId.of(42));
		assertThat(this.locker.row().unlock()).isNull();
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class, (event) -> {
				assertThat(event.before()).isEqualTo(LockerState.COLLECTING);
				assertThat(event.reason()).isEqualTo(RecoveryReason.COLLECTING);
				assertThat(LockerWords.of(event)).contains("the owner collects again");
			});
	}

	@Test
	void recoversAnAdminsCollectionAsStoredForTheAdminToOpenAgain() {
		bringTo(LockerState.STORED);
		this.locker.openByAdmin("Eve Admin", "owner on leave", this.clock.instant(), TIMEOUT);
		this.locker.takeEvents();

		this.locker.recoverAtStartup(true, Occupancy.UNKNOWN, this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORED);
		assertThat(this.locker.row().isAdminOpen()).isFalse();
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class, (event) -> {
				assertThat(event.reason()).isEqualTo(RecoveryReason.ADMIN_COLLECTING_READS_OPEN);
				assertThat(LockerWords.of(event)).contains("the admin opens it again").contains("reads open");
			});
	}

	@Test
	void recoversAStoringWhoseDoorHadClosedOnAnEmptyTrayAsFree() {
		bringTo(LockerState.STORING);
		this.locker.doorOpened(this.clock.instant());
		this.locker.doorClosed(this.clock.instant(), Occupancy.EMPTY, 3, TIMEOUT);
		this.locker.takeEvents();

		this.locker.recoverAtStartup(false, Occupancy.EMPTY, this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class, (event) -> {
				assertThat(event.reason()).isEqualTo(RecoveryReason.STORING_CLOSED_EMPTY);
				assertThat(LockerWords.of(event)).contains("closed on an empty tray and was not opened again");
			});
	}

	@Test
	void putsAStoredLockerWhoseDoorReadsOpenAtStartupInFaultWithWhatToDo() {
		bringTo(LockerState.STORED);

		this.locker.recoverAtStartup(true, Occupancy.UNKNOWN, this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FAULT);
		assertThat(this.locker.row().fault()).isEqualTo(LockerFault.STARTUP_DISAGREEMENT);
		assertThat(this.locker.row().storage()).isEqualTo(StorageId.of(42));
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerSensorsDisagreedAtStartup.class, (event) -> {
				assertThat(event.alert()).isTrue();
				assertThat(event.doorOpen()).isTrue();
				assertThat(LockerWords.of(event)).contains("may have been forced");
				assertThat(LockerWords.of(event)).contains("clear the fault");
			});
	}

	@Test
	void leavesASettledLockerWithItsDoorShutAloneAtStartup() {
		bringTo(LockerState.STORED);

		this.locker.recoverAtStartup(false, Occupancy.UNKNOWN, this.clock.instant());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORED);
		assertThat(this.locker.takeEvents()).isEmpty();
	}

	/** Walks the locker to {@code state} for session 42 through its own transitions. */
	private void bringTo(LockerState state) {
		Instant now = this.clock.instant();
		if (state != LockerState.FREE) {
			this.locker.unlockForStoring(StorageId.of(42), now, TIMEOUT);
		}
		if (state == LockerState.STORED || state == LockerState.COLLECTING) {
			this.locker.doorOpened(now);
			this.locker.doorClosed(now, Occupancy.UNKNOWN, 3, TIMEOUT);
		}
		if (state == LockerState.COLLECTING) {
			this.locker.unlockForCollecting(StorageId.of(42), now, TIMEOUT);
		}
		assertThat(this.locker.row().state()).isEqualTo(state);
		this.locker.takeEvents();
	}

}
