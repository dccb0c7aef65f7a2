package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.cloakroom.kiosk.locker.Unlock.Purpose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Start-up's decision table: for each persisted state, unlock and sensor reading, the
 * reason it records (none where the locker is fine as it is) and the state it leaves.
 */
class StartupRecoveryTest {

	private static final Instant DEADLINE = Instant.parse("2026-03-02T08:01:00Z");

	private static final Unlock STORE = Unlock.until(Purpose.STORE, DEADLINE);

	private static final Unlock STORE_OPENED = STORE.withDoorOpened();

	private static final Unlock STORE_CLOSED_EMPTY = STORE_OPENED.closedEmpty(DEADLINE);

	private static final Unlock COLLECT = Unlock.until(Purpose.COLLECT, DEADLINE);

	private static final Unlock ADMIN = Unlock.until(Purpose.ADMIN, DEADLINE);

	static Stream<Arguments> findings() {
		return Stream.of(
				arguments(LockerState.STORING, STORE, false, Occupancy.UNKNOWN,
						RecoveryReason.STORING_DOOR_NEVER_OPENED),
				arguments(LockerState.STORING, STORE_CLOSED_EMPTY, false, Occupancy.EMPTY,
						RecoveryReason.STORING_CLOSED_EMPTY),
				arguments(LockerState.STORING, STORE_OPENED, false, Occupancy.EMPTY, RecoveryReason.STORING_TRAY_EMPTY),
				arguments(LockerState.STORING, STORE_OPENED, false, Occupancy.FULL, RecoveryReason.STORING_DOOR_OPENED),
				arguments(LockerState.STORING, STORE_OPENED, false, Occupancy.UNKNOWN,
						RecoveryReason.STORING_DOOR_OPENED),
				arguments(LockerState.STORING, STORE, true, Occupancy.EMPTY,
						RecoveryReason.STORING_DOOR_OPENED_READS_OPEN),
				arguments(LockerState.COLLECTING, COLLECT, false, Occupancy.FULL, RecoveryReason.COLLECTING),
				arguments(LockerState.COLLECTING, COLLECT, true, Occupancy.FULL, RecoveryReason.COLLECTING_READS_OPEN),
				arguments(LockerState.COLLECTING, ADMIN, false, Occupancy.UNKNOWN, RecoveryReason.ADMIN_COLLECTING),
				arguments(LockerState.COLLECTING, ADMIN, true, Occupancy.UNKNOWN,
						RecoveryReason.ADMIN_COLLECTING_READS_OPEN),
				arguments(LockerState.FAULT, null, true, Occupancy.EMPTY, RecoveryReason.STILL_IN_FAULT),
				arguments(LockerState.FREE, null, true, Occupancy.UNKNOWN, RecoveryReason.DOOR_OPEN_FREE),
				arguments(LockerState.FREE, ADMIN, false, Occupancy.EMPTY, null),
				arguments(LockerState.STORED, null, true, Occupancy.FULL, RecoveryReason.DOOR_OPEN_STORED),
				arguments(LockerState.STORED, null, false, Occupancy.EMPTY, RecoveryReason.TRAY_EMPTY_STORED),
				arguments(LockerState.STORED, null, false, Occupancy.UNKNOWN, null),
				arguments(LockerState.OUT_OF_SERVICE, null, true, Occupancy.FULL, null));
	}

	@ParameterizedTest
	@MethodSource("findings")
	void recordsTheReasonForWhatItFinds(LockerState state, Unlock unlock, boolean doorOpen, Occupancy tray,
			RecoveryReason expected) {
		assertThat(StartupRecovery.reason(state, unlock, doorOpen, tray)).isEqualTo(Optional.ofNullable(expected));
	}

	@ParameterizedTest
	@MethodSource("findings")
	void leavesTheLockerLockedInTheStateItsReasonNames(LockerState state, Unlock unlock, boolean doorOpen,
			Occupancy tray, RecoveryReason expected) {
		StorageId storage = (state == LockerState.STORING || state == LockerState.STORED
				|| state == LockerState.COLLECTING) ? StorageId.of(42) : null;
		LockerRow found = new LockerRow(LockerId.of(3), new Place("3", 1, 3), state, storage, unlock,
				(state == LockerState.FAULT) ? LockerFault.FORCED : null, null, 5L);

		LockerRow after = StartupRecovery.recover(found, doorOpen, tray, DEADLINE).row();

		assertThat(after.unlock()).as("locked").isNull();
		assertThat(after.state()).isEqualTo((expected != null) ? expected.after() : state);
		assertThat(after.openDoor() != null).as("door reads open").isEqualTo(doorOpen);
		assertThat(after.storage()).isEqualTo((after.state() == LockerState.FREE) ? null : storage);
		assertThat(after.version()).isEqualTo(5L);
	}

}
