package org.cloakroom.kiosk.locker.board;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.locker.gpio.GpioException;
import org.cloakroom.kiosk.locker.gpio.LockDrive;
import org.cloakroom.kiosk.wiring.LockMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lock on a board channel. On a board that times its own pulse (KR-CU16) an unlock is
 * one open command and the kiosk cannot see or end the pulse, so it never reads as
 * unlocked. On a board with coils the kiosk holds the coil, or pulses it for the wired
 * time, and a later command supersedes a pending pulse end.
 */
final class BoardLock implements LockDrive {

	private static final Logger log = LoggerFactory.getLogger(BoardLock.class);

	private final BoardWatch board;

	private final int channel;

	private final boolean kioskTimed;

	private final LockMode mode;

	private final Optional<Duration> wiredPulse;

	private final ScheduledExecutorService timer;

	private boolean on;

	private ScheduledFuture<?> pending;

	BoardLock(BoardWatch board, int channel, boolean kioskTimed, LockMode mode, Optional<Duration> wiredPulse,
			ScheduledExecutorService timer) {
		this.board = board;
		this.channel = channel;
		this.kioskTimed = kioskTimed;
		this.mode = mode;
		this.wiredPulse = wiredPulse;
		this.timer = timer;
	}

	@Override
	public synchronized void lock() {
		supersede();
		if (this.kioskTimed && this.on) {
			this.board.release(this.channel);
			this.on = false;
		}
	}

	@Override
	public synchronized void unlock() {
		if (this.mode == LockMode.HOLD) {
			supersede();
			this.board.open(this.channel);
			this.on = true;
		}
		else {
			pulse(Duration.ZERO);
		}
	}

	@Override
	public synchronized void pulse(Duration length) {
		supersede();
		this.board.open(this.channel);
		if (!this.kioskTimed) {
			return;
		}
		this.on = true;
		ScheduledFuture<?>[] mine = new ScheduledFuture<?>[1];
		mine[0] = this.timer.schedule(() -> end(mine[0]), this.wiredPulse.orElse(length).toNanos(),
				TimeUnit.NANOSECONDS);
		this.pending = mine[0];
	}

	@Override
	public synchronized boolean isUnlocked() {
		return this.on;
	}

	private synchronized void end(ScheduledFuture<?> pulse) {
		if (this.pending != pulse) {
			return;
		}
		this.pending = null;
		try {
			this.board.release(this.channel);
			this.on = false;
		}
		catch (GpioException ex) {
			log.error("Pulse end failed: {}", ex.getMessage());
		}
	}

	private void supersede() {
		if (this.pending != null) {
			this.pending.cancel(false);
			this.pending = null;
		}
	}

	@Override
	public String toString() {
		return "lock on channel " + this.channel + " of board " + this.board.controller().name();
	}

}
