package org.cloakroom.kiosk.wiring;

import java.nio.file.Path;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Locker boards in the wiring file: the KR-CU16 sample bank, and the broken files about
 * boards in src/test/resources/wiring/broken.
 */
class BoardWiringTest {

	@Test
	void readsTheKrCu16SampleBankAsSixteenChannelsOfOneBoard() {
		BankWiring bank = WiringReader.read(Path.of("../firmware-config/lockers/kr-cu16-16.yaml"));

		assertThat(bank.boards())
			.containsExactly(new LockerBoard("bank-a", LockerBoardType.KR_CU16, "/dev/cloakroom-rs485", 0, 19200, 100));
		assertThat(bank.lockers()).extracting((locker) -> locker.lock().onBoard().orElseThrow().channel())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 16).boxed().toList());
		assertThat(bank.lockers()).allSatisfy((locker) -> {
			assertThat(locker.lock().mode()).isEqualTo(LockMode.PULSE);
			assertThat(locker.lock().pulse()).as("the board times its pulse").isEmpty();
			assertThat(locker.door().onBoard()).contains(new BoardChannel("bank-a", locker.id()));
		});
	}

	@Test
	void refusesABoardChannelUsedTwice() {
		assertThat(BrokenWiring.problems("board-channel-twice.yaml"))
			.containsExactly("line 15, field lockers[1].lock.channel: "
					+ "lock channel 3 of board bank-a is used twice: first by lockers[0].lock.channel on line 9");
	}

	@Test
	void refusesAChannelBeyondTheBoard() {
		assertThat(BrokenWiring.problems("board-channel-beyond.yaml"))
			.containsExactly("line 9, field lockers[0].lock.channel: "
					+ "channel 17 is not on board bank-a, a kr-cu16 with channels 1 to 16");
	}

	@Test
	void refusesAnUndeclaredBoard() {
		assertThat(BrokenWiring.problems("board-not-declared.yaml"))
			.containsExactly("line 9, field lockers[0].lock.board: "
					+ "board 'bank-b' is not declared under boards (declared: bank-a)");
	}

	@Test
	void refusesALineOnABoardLock() {
		assertThat(BrokenWiring.problems("board-lock-with-line.yaml"))
			.containsExactly("line 9, field lockers[0].lock.line: "
					+ "does not apply to a lock on board bank-a, which has board and channel instead of a line");
	}

	@Test
	void refusesAChannelOnALineLock() {
		assertThat(BrokenWiring.problems("channel-without-board.yaml"))
			.containsExactly("line 9, field lockers[0].lock.channel: "
					+ "applies only with board: a channel of a locker board; a line has line and active instead");
	}

	@Test
	void refusesHoldModeOnABoardThatOnlyPulses() {
		assertThat(BrokenWiring.problems("board-lock-hold.yaml"))
			.containsExactly("line 9, field lockers[0].lock.mode: board bank-a is a kr-cu16, "
					+ "which opens a lock with a pulse it times itself and cannot hold it open; leave mode out or write mode: pulse");
	}

}
