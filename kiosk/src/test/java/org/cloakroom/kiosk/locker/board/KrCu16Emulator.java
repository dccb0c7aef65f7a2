package org.cloakroom.kiosk.locker.board;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import com.fazecast.jSerialComm.SerialPort;

/**
 * The board's side of the KR-CU16 protocol ({@link KrCu16Frames}), for tests: 16 locks
 * whose hook switches the test moves (a door shut engages its hook), answering requests
 * for its address on a serial port. It can drop replies, garble them (a bad checksum) and
 * go silent. Not a model of the lock's spring: a door moves only when the test moves it.
 */
public final class KrCu16Emulator implements BoardBench {

	private final SerialPort port;

	private final int address;

	private final Thread thread;

	private final AtomicInteger hooks = new AtomicInteger(0xFFFF);

	private final AtomicIntegerArray opens = new AtomicIntegerArray(16);

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger dropped = new AtomicInteger();

	private final AtomicInteger garbled = new AtomicInteger();

	private volatile boolean silent;

	private volatile java.util.function.IntConsumer openListener = (channel) -> {
	};

	private volatile boolean running = true;

	public KrCu16Emulator(Path device, int address) {
		this.address = address;
		this.port = SerialPort.getCommPort(SerialBus.device(device.toString()));
		this.port.setComPortParameters(19200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
		if (!this.port.openPort()) {
			throw new IllegalStateException("emulator cannot open " + device);
		}
		this.port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 50, 0);
		this.thread = new Thread(this::serve, "kr-cu16-emulator");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** Moves a door: shut engages its lock's hook switch. Channel 1 is lock 0. */
	@Override
	public void door(int channel, boolean shut) {
		this.hooks.updateAndGet((bits) -> shut ? bits | (1 << (channel - 1)) : bits & ~(1 << (channel - 1)));
	}

	/** The board times its own pulse: the kiosk never sees a lock held open. */
	@Override
	public boolean unlocked(int channel) {
		return false;
	}

	/**
	 * Called on the emulator's thread with each open command's channel, before it
	 * replies.
	 */
	public void onOpen(java.util.function.IntConsumer listener) {
		this.openListener = listener;
	}

	@Override
	public void reset() {
		this.hooks.set(0xFFFF);
		this.silent = false;
		this.dropped.set(0);
		this.garbled.set(0);
	}

	public int opens(int channel) {
		return this.opens.get(channel - 1);
	}

	int requests() {
		return this.requests.get();
	}

	/** The next {@code count} requests are served but their replies never sent. */
	void dropReplies(int count) {
		this.dropped.set(count);
	}

	/**
	 * The next {@code count} replies go out with the hook bits of locks 1 to 8 flipped
	 * and the checksum left as it was: a frame corrupted on the wire.
	 */
	void garbleReplies(int count) {
		this.garbled.set(count);
	}

	public void silent(boolean silent) {
		this.silent = silent;
	}

	private void serve() {
		byte[] frame = new byte[5];
		int filled = 0;
		byte[] one = new byte[1];
		while (this.running) {
			if (this.port.readBytes(one, 1) != 1) {
				continue;
			}
			if (filled == 0 && (one[0] & 0xff) != KrCu16Frames.STX) {
				continue;
			}
			frame[filled++] = one[0];
			if (filled == frame.length) {
				filled = 0;
				answer(frame);
			}
		}
	}

	private void answer(byte[] request) {
		if (request[4] != KrCu16Frames.checksum(request, 4) || (request[3] & 0xff) != KrCu16Frames.ETX
				|| ((request[1] & 0xff) >> 4) != this.address || this.silent) {
			return;
		}
		this.requests.incrementAndGet();
		int lock = request[1] & 0x0f;
		if ((request[2] & 0xff) == KrCu16Frames.OPEN_LOCK) {
			this.opens.incrementAndGet(lock);
			this.openListener.accept(lock + 1);
		}
		if (this.dropped.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			return;
		}
		byte[] reply = KrCu16Frames.statusFrame(this.address, lock, new KrCu16Frames.Status(this.hooks.get(), 0));
		if (this.garbled.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			reply[3] ^= (byte) 0xFF;
		}
		this.port.writeBytes(reply, reply.length);
	}

	@Override
	public void close() {
		this.running = false;
		try {
			this.thread.join(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.port.closePort();
	}

}
