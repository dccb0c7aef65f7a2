package org.cloakroom.kiosk.locker.board;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cloakroom.kiosk.locker.gpio.GpioException;
import org.cloakroom.kiosk.locker.gpio.LockDrive;
import org.cloakroom.kiosk.locker.gpio.SwitchSensor;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The KR-CU16 provider through jSerialComm against the board's emulator on the other end
 * of a socat pseudo-terminal pair, which stands in for the RS-485 bus and its USB
 * adapter.
 */
class KrCu16BoardIT {

	@TempDir
	static Path dir;

	static SocatPair bus;

	static KrCu16Emulator board;

	private Boards boards;

	private BankWiring wiring;

	private final List<String> told = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void startBus() {
		bus = SocatPair.start(dir);
		board = new KrCu16Emulator(bus.board(), 0);
	}

	@AfterAll
	static void stopBus() throws InterruptedException {
		board.close();
		bus.close();
	}

	@BeforeEach
	void open() throws Exception {
		board.silent(false);
		board.dropReplies(0);
		board.garbleReplies(0);
		for (int channel = 1; channel <= 16; channel++) {
			board.door(channel, true);
		}
		this.wiring = WiringReader.read(BoardWiringFiles.krCu16(dir, bus.kiosk(), 4, 0));
		this.boards = Boards.open(this.wiring);
		this.boards.onControllerChange((controller, answering, reason) -> this.told
			.add(controller.name() + " " + controller.kind() + " " + new TreeSet<>(controller.lockerIds()) + " "
					+ (answering ? "answering" : "silent: " + reason)));
	}

	@AfterEach
	void close() {
		this.boards.close();
	}

	@Test
	void opensALockThroughTheBoard() {
		int before = board.opens(3);

		lock(3).unlock();

		assertThat(board.opens(3)).isEqualTo(before + 1);
		assertThat(lock(3).isUnlocked()).as("the board times its own pulse").isFalse();
	}

	@Test
	void readsTheDoorStatesAndTellsEachChange() {
		List<String> changes = new CopyOnWriteArrayList<>();
		door(2).onChange((closed) -> changes.add("door 2 " + (closed ? "shut" : "open")));
		assertThat(door(2).closed()).isTrue();

		board.door(2, false);
		this.boards.pollNow("bank-a");
		board.door(2, true);
		this.boards.pollNow("bank-a");

		assertThat(changes).containsExactly("door 2 open", "door 2 shut");
	}

	@Test
	void triesAgainWhenAReplyIsLost() {
		board.dropReplies(2);
		int before = board.opens(1);

		lock(1).unlock();

		assertThat(board.opens(1)).as("sent again until acknowledged").isEqualTo(before + 3);
		assertThat(this.told).isEmpty();
	}

	@Test
	void neverTrustsAGarbledFrame() {
		List<Boolean> changes = new CopyOnWriteArrayList<>();
		door(1).onChange(changes::add);
		board.garbleReplies(1);

		this.boards.pollNow("bank-a");

		assertThat(changes).as("the flipped hook bits were not taken").isEmpty();
		assertThat(door(1).closed()).isTrue();
		assertThat(this.told).isEmpty();
	}

	@Test
	void tellsASilentBoardOnceAndItsReturn() {
		board.silent(true);

		this.boards.pollNow("bank-a");
		this.boards.pollNow("bank-a");

		assertThat(door(1).closed()).as("a silent board's doors read open").isFalse();
		assertThatExceptionOfType(GpioException.class).isThrownBy(() -> lock(1).unlock())
			.withMessageContaining("board bank-a (kr-cu16 at address 0 on " + bus.kiosk()
					+ ") gave no valid reply to open the lock on channel 1 after 3 tries: no reply");
		assertThat(this.told).containsExactly("bank-a board [1, 2, 3, 4] silent: board bank-a (kr-cu16 at address 0 on "
				+ bus.kiosk() + ") gave no valid reply to read door states after 3 tries: no reply");

		board.silent(false);
		this.boards.pollNow("bank-a");

		assertThat(this.told).hasSize(2).last().isEqualTo("bank-a board [1, 2, 3, 4] answering");
		assertThat(door(1).closed()).isTrue();
	}

	@Test
	void refusesASecondOwnerOfThePort() {
		assertThatExceptionOfType(GpioException.class).isThrownBy(() -> Boards.open(this.wiring))
			.withMessageStartingWith("Locker board bank-a: cannot open serial port " + bus.kiosk());
	}

	@Test
	void aBoardSilentAtStartIsToldWhenTheListenerIsSet() throws Exception {
		this.boards.close();
		board.silent(true);
		try (Boards started = Boards.open(this.wiring)) {
			List<String> silent = new CopyOnWriteArrayList<>();
			started
				.onControllerChange((controller, answering, reason) -> silent.add(controller.name() + " " + answering));
			assertThat(silent).containsExactly("bank-a false");
		}
	}

	private LockDrive lock(int locker) {
		return this.boards.lock(this.wiring.locker(locker).orElseThrow().lock());
	}

	private SwitchSensor door(int locker) {
		return this.boards.door(this.wiring.locker(locker).orElseThrow().door());
	}

}
