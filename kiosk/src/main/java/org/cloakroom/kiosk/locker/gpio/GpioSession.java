package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;

import com.pi4j.context.Context;

import org.cloakroom.kiosk.locker.board.Boards;
import org.cloakroom.kiosk.wiring.BankWiring;

/**
 * The bank's lines and locker boards outside Spring, for the installer's tools: opened on
 * the named provider, every output locked or off when closed.
 */
public final class GpioSession implements AutoCloseable {

	private final Context context;

	private final ExecutorPulseTimer timer = new ExecutorPulseTimer();

	private final Pi4jLockerIo io;

	private Boards boards;

	private GpioSession(GpioProvider provider, BankWiring wiring, Path wiringFile) {
		this.context = Pi4jContexts.open(provider, wiring, wiringFile);
		try {
			this.boards = Boards.open(wiring);
			this.io = new Pi4jLockerIo(this.context, provider, wiring, wiringFile, this.timer, this.boards);
			// a field tool has no lockers to fault: a silent expander is an error here
			LineFactory.chips(this.context).ifPresent((chips) -> chips.silent().forEach((name, reason) -> {
				throw new GpioException("Expander " + name + " (wiring file " + wiringFile + ") is silent: " + reason
						+ "; check its power and cable, and that i2cdetect -y 1 lists its address", null);
			}));
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/**
	 * @throws GpioException when the provider cannot start or a line cannot be created
	 */
	public static GpioSession open(GpioProvider provider, BankWiring wiring, Path wiringFile) {
		return new GpioSession(provider, wiring, wiringFile);
	}

	public LockerIo io() {
		return this.io;
	}

	/** Whether the locker's lock output is at its unlocked level now. */
	public boolean isUnlocked(int lockerId) {
		return this.io.lines(lockerId).isUnlocked();
	}

	/** The bank's locker boards (none when the wiring has none). */
	public Boards boards() {
		return this.boards;
	}

	@Override
	public void close() {
		if (this.boards != null) {
			this.boards.close();
		}
		this.timer.close();
		if (!this.context.isShutdown()) {
			this.context.shutdown();
		}
	}

}
