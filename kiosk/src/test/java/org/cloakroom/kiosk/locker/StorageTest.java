package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.Set;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StorageTest {

	private static final Instant OPENED = Instant.parse("2026-03-02T08:00:00Z");

	private static final Instant LATER = OPENED.plusSeconds(30);

	@Test
	void refusesToOpenForNoPhoneAtAll() {
		assertThatIllegalArgumentException().isThrownBy(() -> Storage.open(EmployeeId.of(1), Set.of(), 0, OPENED))
			.withMessage("A storage needs at least one phone");
	}

	@Test
	void keepsTheFirstTimeItsPhonesWereStored() {
		Storage storage = stored();

		storage.stored(LATER.plusSeconds(60));

		assertThat(storage.storedAt()).isEqualTo(LATER);
		assertThat(storage.active()).isTrue();
	}

	@Test
	void endsCollectedOnlyOnceAndOnlyAfterItsPhonesWereStored() {
		assertThatIllegalStateException().isThrownBy(() -> open().collected(LATER))
			.withMessage("Storage 7 cannot be collected: nothing was stored");

		Storage storage = stored();
		storage.collected(LATER.plusSeconds(5));

		assertThat(storage.end()).isEqualTo(StorageEnd.COLLECTED);
		assertThat(storage.endedAt()).isEqualTo(LATER.plusSeconds(5));
		assertThatIllegalStateException().isThrownBy(() -> storage.collected(LATER.plusSeconds(9)))
			.withMessage("Storage 7 cannot be collected: it ended COLLECTED");
		assertThatIllegalStateException().isThrownBy(() -> storage.stored(LATER.plusSeconds(9)))
			.withMessage("Storage 7 cannot be stored: it ended COLLECTED");
	}

	@Test
	void isAbandonedOnlyWhileNothingWasStored() {
		Storage storage = open();
		storage.abandon(LATER);

		assertThat(storage.end()).isEqualTo(StorageEnd.ABANDONED);
		assertThatIllegalStateException().isThrownBy(() -> stored().abandon(LATER.plusSeconds(1)))
			.withMessage("Storage 7 cannot be abandoned: its phones were stored at " + LATER);
	}

	@Test
	void readsItsStageFromTheLockerHoldingIt() {
		assertThat(open().stageIn(LockerState.STORING)).isEqualTo(StorageStage.STORING);
		assertThat(stored().stageIn(LockerState.STORED)).isEqualTo(StorageStage.STORED);
		assertThat(stored().stageIn(LockerState.COLLECTING)).isEqualTo(StorageStage.COLLECTING);
		assertThat(open().stageIn(LockerState.FAULT)).as("faulted while storing").isEqualTo(StorageStage.STORING);
		assertThat(stored().stageIn(LockerState.FAULT)).as("faulted once stored").isEqualTo(StorageStage.STORED);
	}

	@ParameterizedTest
	@EnumSource(value = LockerState.class, names = { "FREE", "OUT_OF_SERVICE" })
	void cannotBeInALockerThatHoldsNoStorage(LockerState state) {
		assertThatIllegalStateException().isThrownBy(() -> stored().stageIn(state))
			.withMessage("Storage 7 cannot be in a locker that is " + state);
	}

	private static Storage open() {
		return new Storage(StorageId.of(7), EmployeeId.of(3), Set.of(PhoneId.of(30)), 0, OPENED, null, null, null, 0);
	}

	private static Storage stored() {
		Storage storage = open();
		storage.stored(LATER);
		return storage;
	}

}
