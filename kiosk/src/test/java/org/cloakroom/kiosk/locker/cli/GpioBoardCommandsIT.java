package org.cloakroom.kiosk.locker.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.cloakroom.kiosk.cli.FieldTools;
import org.cloakroom.kiosk.locker.board.BoardWiringFiles;
import org.cloakroom.kiosk.locker.board.KrCu16Emulator;
import org.cloakroom.kiosk.locker.board.SocatPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gpio check} and {@code gpio test} for lockers on a locker board, the test
 * against the KR-CU16 emulator on a socat pty pair standing in for the RS-485 bus.
 */
class GpioBoardCommandsIT {

	@TempDir
	static Path dir;

	static SocatPair bus;

	static KrCu16Emulator board;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeAll
	static void startBus() {
		bus = SocatPair.start(dir);
		board = new KrCu16Emulator(bus.board(), 0);
	}

	@AfterAll
	static void stopBus() {
		board.close();
		bus.close();
	}

	private int run(String... args) {
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true)).execute(args);
	}

	@Test
	void checkSummarisesTheKrCu16SampleBank() {
		int exit = run("gpio", "check", "../firmware-config/lockers/kr-cu16-16.yaml");

		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("\"valid\" : true")
			.contains("\"lockers\" : 16")
			.contains("\"pulseModeLocks\" : 16")
			.contains("\"boardChannels\" : {\n    \"bank-a\" : 32\n  }");
		assertThat(this.err.toString()).isEmpty();
	}

	@Test
	void checkNamesFileLineAndFieldOfABoardProblem() {
		String file = "src/test/resources/wiring/broken/board-channel-beyond.yaml";

		int exit = run("gpio", "check", file);

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString().lines()).containsExactly("error: " + file + " line 9, field "
				+ "lockers[0].lock.channel: channel 17 is not on board bank-a, a kr-cu16 with channels 1 to 16");
	}

	@Test
	void testOpensABoardLockAndReadsItsDoorFromTheBoard() {
		Path wiring = BoardWiringFiles.krCu16(dir, bus.kiosk(), 4, 0);
		board.door(3, false);
		int opens = board.opens(3);

		int exit = run("gpio", "test", "--locker", "3", "--wiring", wiring.toString(), "--provider", "mock",
				"--open-for", "0ms");

		assertThat(exit).isZero();
		assertThat(board.opens(3)).isEqualTo(opens + 1);
		assertThat(this.out.toString()).contains("\"lockLine\" : \"channel 3 of board bank-a\"")
			.contains("\"mode\" : \"pulse\"")
			.contains("\"boardAcknowledged\" : true")
			.contains("\"before\" : {\n    \"doorOpen\" : true")
			.contains("\"after\" : {\n    \"doorOpen\" : true");
	}

}
