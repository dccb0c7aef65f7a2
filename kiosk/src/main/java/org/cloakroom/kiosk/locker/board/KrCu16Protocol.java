package org.cloakroom.kiosk.locker.board;

import java.time.Duration;

/**
 * A Kerong KR-CU16 on a bus ({@link KrCu16Frames}). An open whose reply was lost is sent
 * again by the retry: a second pulse on a lock that already let go does no harm, a lock
 * left shut would.
 */
final class KrCu16Protocol implements BoardProtocol {

	private final SerialBus bus;

	private final int address;

	private final Duration timeout;

	KrCu16Protocol(SerialBus bus, int address, Duration timeout) {
		this.bus = bus;
		this.address = address;
		this.timeout = timeout;
	}

	@Override
	public boolean[] readClosed() {
		KrCu16Frames.Status status = exchange(0, KrCu16Frames.READ_STATUS);
		boolean[] closed = new boolean[16];
		for (int lock = 0; lock < closed.length; lock++) {
			closed[lock] = status.hookEngaged(lock);
		}
		return closed;
	}

	@Override
	public void open(int channel) {
		exchange(channel - 1, KrCu16Frames.OPEN_LOCK);
	}

	@Override
	public void release(int channel) {
		// the board ends its own pulse
	}

	@Override
	public String where() {
		return "kr-cu16 at address " + this.address + " on " + this.bus.name();
	}

	private KrCu16Frames.Status exchange(int lock, int command) {
		byte[] reply = this.bus.exchange(KrCu16Frames.request(this.address, lock, command), KrCu16Frames.REPLY_LENGTH,
				this.timeout);
		return KrCu16Frames.status(reply, this.address);
	}

}
