package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.time.Instant;

import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.locker.LockerWords.assertRefused;

/** The locker's fault and admin transitions, without Spring or GPIO. */
class LockerFaultsTest {

	private static final LockerId LOCKER = LockerId.of(1);

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final Occupancy EMPTY = Occupancy.EMPTY;

	private static final Occupancy FULL = Occupancy.FULL;

	private final MutableClock clock = MutableClock.startingAt("2026-03-02T08:00:00Z");

	private final Locker locker = new Locker(LockerRow.free(LOCKER, new Place("1", 1, 1)));

	@Test
	void asksAgainWhenTheDoorClosesOnAnEmptyTrayStayingStoringAndUnlockedWithAFreshDeadline() {
		this.locker.unlockForStoring(StorageId.of(42), now(), TIMEOUT);
		this.clock.advance(Duration.ofSeconds(50));
		this.locker.doorOpened(now());
		this.locker.takeEvents();

		this.locker.doorClosed(now(), EMPTY, 3, TIMEOUT);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORING);
		assertThat(this.locker.wantsUnlocked()).isTrue();
		assertThat(this.locker.row().unlock().deadline()).isEqualTo(now().plus(TIMEOUT));
		assertThat(this.locker.takeEvents()).containsExactly(new LockerDoorClosed(LOCKER, LockerState.STORING, now()),
				new LockerClosedEmpty(LOCKER, StorageId.of(42), 1, 2, now().plus(TIMEOUT), now()));
	}

	@Test
	void givesTheStoringUpAfterTheLastEmptyCloseLockedAndFree() {
		this.locker.unlockForStoring(StorageId.of(42), now(), TIMEOUT);
		for (int attempt = 1; attempt <= 3; attempt++) {
			this.locker.doorOpened(now());
			this.locker.doorClosed(now(), EMPTY, 3, TIMEOUT);
		}

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.row().storage()).isNull();
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).filteredOn(LockerDepositNotConfirmed.class::isInstance)
			.singleElement()
			.isInstanceOfSatisfying(LockerDepositNotConfirmed.class, (event) -> {
				assertThat(event.emptyCloses()).isEqualTo(3);
				assertThat(event.alert()).isTrue();
			});
	}

	@Test
	void completesTheStoringOnASecondTryWhenThePhoneIsInTheTray() {
		this.locker.unlockForStoring(StorageId.of(42), now(), TIMEOUT);
		this.locker.doorOpened(now());
		this.locker.doorClosed(now(), EMPTY, 3, TIMEOUT);
		this.locker.doorOpened(now());
		this.locker.takeEvents();

		this.locker.doorClosed(now(), FULL, 3, TIMEOUT);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORED);
		assertThat(this.locker.takeEvents()).contains(new LockerOccupied(LOCKER, StorageId.of(42), now()));
	}

	@Test
	void endsAStoringWhoseTimeRanOutAfterAnEmptyCloseAsNotConfirmed() {
		this.locker.unlockForStoring(StorageId.of(42), now(), TIMEOUT);
		this.locker.doorOpened(now());
		this.locker.doorClosed(now(), EMPTY, 3, TIMEOUT);
		this.locker.takeEvents();
		this.clock.advance(TIMEOUT);

		this.locker.expire(now());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.takeEvents()).singleElement().isInstanceOf(LockerDepositNotConfirmed.class);
	}

	@Test
	void raisesTheHeldOpenAlertThenItsEscalationOnce() {
		Instant opened = now();
		this.locker.unlockForStoring(StorageId.of(42), opened, TIMEOUT);
		this.locker.doorOpened(opened);
		this.locker.takeEvents();

		this.locker.checkHeldOpen(opened.plusSeconds(29), Duration.ofSeconds(30), Duration.ofSeconds(60));
		assertThat(this.locker.takeEvents()).isEmpty();
		this.locker.checkHeldOpen(opened.plusSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(60));
		assertThat(this.locker.takeEvents()).containsExactly(
				new LockerDoorHeldOpen(LOCKER, LockerState.STORING, StorageId.of(42), opened, opened.plusSeconds(30)));
		assertThat(this.locker.row().openDoor().stage()).isEqualTo(OpenDoor.Stage.ALERTED);
		this.locker.checkHeldOpen(opened.plusSeconds(89), Duration.ofSeconds(30), Duration.ofSeconds(60));
		assertThat(this.locker.takeEvents()).isEmpty();
		this.locker.checkHeldOpen(opened.plusSeconds(90), Duration.ofSeconds(30), Duration.ofSeconds(60));
		assertThat(this.locker.takeEvents()).singleElement().isInstanceOf(LockerDoorHeldOpenEscalated.class);
		this.locker.checkHeldOpen(opened.plusSeconds(500), Duration.ofSeconds(30), Duration.ofSeconds(60));
		assertThat(this.locker.takeEvents()).isEmpty();

		this.locker.doorClosed(opened.plusSeconds(501), FULL, 3, TIMEOUT);
		assertThat(this.locker.row().openDoor()).isNull();
	}

	@Test
	void faultsOnFlappingKeepingTheStorageAndLocked() {
		this.locker.unlockForStoring(StorageId.of(42), now(), TIMEOUT);

		this.locker.flapped("door", 8, Duration.ofSeconds(10), now());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FAULT);
		assertThat(this.locker.row().fault()).isEqualTo(LockerFault.FLAPPING);
		assertThat(this.locker.row().storage()).isEqualTo(StorageId.of(42));
		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents()).last().isInstanceOfSatisfying(LockerSensorFlapping.class, (event) -> {
			assertThat(event.before()).isEqualTo(LockerState.STORING);
			assertThat(event.alert()).isTrue();
		});
	}

	@Test
	void opensAStoredLockerForAnAdminAsACollection() {
		stored();

		this.locker.openByAdmin("Eve Admin", "owner on leave", now(), TIMEOUT);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.COLLECTING);
		assertThat(this.locker.wantsUnlocked()).isTrue();
		assertThat(this.locker.takeEvents()).containsExactly(
				new LockerOpenedByAdmin(LOCKER, LockerState.STORED, StorageId.of(42), "Eve Admin", "owner on leave",
						now().plus(TIMEOUT), now()),
				new LockerReleaseStarted(LOCKER, StorageId.of(42), now().plus(TIMEOUT), now()));
		this.locker.doorOpened(now());
		this.locker.doorClosed(now(), EMPTY, 3, TIMEOUT);
		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.row().isAdminOpen()).isFalse();
	}

	@Test
	void opensAFreeLockerForAnAdminWithoutAlertAndRelocksAtItsDeadline() {
		this.locker.openByAdmin("Eve Admin", "cleaning", now(), TIMEOUT);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.wantsUnlocked()).isTrue();
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerOpenedByAdmin.class, (event) -> assertThat(event.alert()).isFalse());
		assertRefused(() -> this.locker.unlockForStoring(StorageId.of(43), now(), TIMEOUT))
			.startsWith("Locker 1 cannot be unlocked for storing while an admin has it open");

		this.clock.advance(TIMEOUT);
		this.locker.expire(now());

		assertThat(this.locker.wantsUnlocked()).isFalse();
		assertThat(this.locker.takeEvents())
			.containsExactly(new LockerAdminOpenExpired(LOCKER, LockerState.FREE, now()));
	}

	@Test
	void doesNotCallAnAdminsOpeningForced() {
		this.locker.openByAdmin("Eve Admin", "cleaning", now(), TIMEOUT);

		this.locker.doorOpened(now());
		this.locker.doorClosed(now(), EMPTY, 3, TIMEOUT);

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.takeEvents()).noneMatch(LockerForced.class::isInstance);
	}

	@Test
	void refusesAnAdminOpenOfALockerInFaultWithAPhoneInside() {
		stored();
		this.locker.doorOpened(now());

		assertRefused(() -> this.locker.openByAdmin("Eve", "look", now(), TIMEOUT))
			.isEqualTo("Locker 1 cannot be opened by an admin while FAULT with storage 42 inside: clear the fault"
					+ " first (it returns to STORED), then open it");
	}

	@Test
	void refusesOutOfServiceWhileItHoldsAPhone() {
		stored();

		assertRefused(() -> this.locker.takeOutOfService("Eve", "broken", now()))
			.isEqualTo("Locker 1 cannot be taken out of service while STORED: it holds storage 42;"
					+ " collect the phone first (a collection or an admin open)");
	}

	@Test
	void takesAFreeLockerOutOfServiceAndBack() {
		this.locker.takeOutOfService("Eve", "hinge broken", now());
		assertThat(this.locker.row().state()).isEqualTo(LockerState.OUT_OF_SERVICE);
		assertRefused(() -> this.locker.unlockForStoring(StorageId.of(43), now(), TIMEOUT))
			.isEqualTo("Locker 1 cannot be unlocked for storing while OUT_OF_SERVICE");
		assertRefused(() -> this.locker.returnToService("Eve", "fixed", false, FULL, now()))
			.contains("occupancy sensor reads something in the tray");

		this.locker.returnToService("Eve", "fixed", false, EMPTY, now());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.takeEvents()).containsExactly(
				new LockerTakenOutOfService(LOCKER, LockerState.FREE, "Eve", "hinge broken", now()),
				new LockerReturnedToService(LOCKER, "Eve", "fixed", now()));
	}

	@Test
	void clearsAForcedFaultBackToStoredForItsOwnerOnceTheDoorIsShut() {
		stored();
		this.locker.doorOpened(now());
		assertRefused(() -> this.locker.clearFault("Olga", "checked", true, now()))
			.isEqualTo("Locker 1 cannot be cleared of a fault while its door reads open: close it first");
		this.locker.takeEvents();

		this.locker.clearFault("Olga", "phone inside, latch bent back", false, now());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.STORED);
		assertThat(this.locker.row().fault()).isNull();
		assertThat(this.locker.takeEvents()).containsExactly(new LockerFaultCleared(LOCKER, LockerFault.FORCED,
				LockerState.STORED, StorageId.of(42), "Olga", "phone inside, latch bent back", now()));
	}

	@Test
	void faultsAStoredLockerWhoseTrayReadsEmptyAtStartup() {
		stored();

		this.locker.recoverAtStartup(false, EMPTY, now());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FAULT);
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerSensorsDisagreedAtStartup.class,
					(event) -> assertThat(LockerWords.of(event)).contains("empty tray"));
	}

	@Test
	void keepsAFaultAtStartupAndSaysSo() {
		stored();
		this.locker.doorOpened(now());
		this.locker.takeEvents();

		this.locker.recoverAtStartup(false, FULL, now());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FAULT);
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class, (event) -> {
				assertThat(event.reason()).isEqualTo(RecoveryReason.STILL_IN_FAULT);
				assertThat(event.fault()).isEqualTo(LockerFault.FORCED);
				assertThat(LockerWords.of(event)).contains("Still in FAULT (FORCED)").doesNotContain("/api/");
			});
	}

	@Test
	void freesAStoringWhoseTrayReadsEmptyAtStartupAfterTheDoorOpened() {
		this.locker.unlockForStoring(StorageId.of(42), now(), TIMEOUT);
		this.locker.doorOpened(now());
		this.locker.takeEvents();

		this.locker.recoverAtStartup(false, EMPTY, now());

		assertThat(this.locker.row().state()).isEqualTo(LockerState.FREE);
		assertThat(this.locker.takeEvents()).singleElement()
			.isInstanceOfSatisfying(LockerRecoveredAtStartup.class,
					(event) -> assertThat(LockerWords.of(event)).contains("empty tray"));
	}

	private void stored() {
		this.locker.unlockForStoring(StorageId.of(42), now(), TIMEOUT);
		this.locker.doorOpened(now());
		this.locker.doorClosed(now(), FULL, 3, TIMEOUT);
		this.locker.takeEvents();
	}

	private Instant now() {
		return this.clock.instant();
	}

}
