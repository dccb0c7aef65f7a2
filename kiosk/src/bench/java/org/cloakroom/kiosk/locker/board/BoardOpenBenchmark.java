package org.cloakroom.kiosk.locker.board;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.locker.gpio.LockDrive;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.util.FileSystemUtils;

/**
 * An RS-485 open command to the board's acknowledgement: one KR-CU16 open frame out
 * through jSerialComm and its 9-byte status reply checked, against the KR-CU16 emulator
 * on a socat pseudo-terminal pair (no 19200-baud wire: the pty carries bytes at once, so
 * this is the kiosk's side and the bus owner's, not the line's ~5 ms for 14 bytes).
 * Sample time: p50, p99 and max per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BoardOpenBenchmark {

	private Path dir;

	private SocatPair bus;

	private KrCu16Emulator board;

	private Boards boards;

	private LockDrive lock;

	@Setup(Level.Trial)
	public void openBus() throws Exception {
		this.dir = Files.createTempDirectory("rs485-bench");
		this.bus = SocatPair.start(this.dir);
		this.board = new KrCu16Emulator(this.bus.board(), 0);
		BankWiring wiring = WiringReader.read(BoardWiringFiles.krCu16(this.dir, this.bus.kiosk(), 16, 25));
		this.boards = Boards.open(wiring);
		this.lock = this.boards.lock(wiring.locker(7).orElseThrow().lock());
	}

	@Benchmark
	public void openToAcknowledgement() {
		this.lock.unlock();
	}

	@TearDown(Level.Trial)
	public void closeBus() throws Exception {
		this.boards.close();
		this.board.close();
		this.bus.close();
		FileSystemUtils.deleteRecursively(this.dir);
	}

}
