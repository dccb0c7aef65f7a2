package org.cloakroom.kiosk.locker.board;

import java.util.HexFormat;

/**
 * The Kerong KR-CU16's frames, as public drivers of the board describe them (for example
 * the CartWise KR-CU16 RS-485 controller in Python and a parcel-locker CU16 command table
 * in Java; the brief's 0x50/0x51 are another Kerong family's codes, not the CU16's):
 * 19200 8N1; a request is STX 0x02, the address byte (board address 0-15 in the high
 * nibble, lock 0-15 in the low one), the command (0x30 read status, 0x31 open one lock),
 * ETX 0x03 and a checksum, the low byte of the sum of all the bytes before it. The board
 * answers both with a 9-byte status frame: STX, address, 0x35, the hook switches of locks
 * 1-8 and 9-16 (bit 0 = the lowest lock; 1 = hook engaged, the door shut on its latch),
 * the infrared sensors of locks 1-8 and 9-16, ETX and the checksum. Pure functions.
 */
final class KrCu16Frames {

	static final int STX = 0x02;

	static final int ETX = 0x03;

	static final int READ_STATUS = 0x30;

	static final int OPEN_LOCK = 0x31;

	static final int STATUS_REPLY = 0x35;

	static final int REPLY_LENGTH = 9;

	private KrCu16Frames() {
	}

	/**
	 * @param lock 0 to 15 (channel 1 is lock 0)
	 */
	static byte[] request(int board, int lock, int command) {
		byte[] frame = { (byte) STX, (byte) ((board << 4) | lock), (byte) command, (byte) ETX, 0 };
		frame[4] = checksum(frame, 4);
		return frame;
	}

	/** The status in a reply from {@code board}. @throws BadFrame saying what is wrong */
	static Status status(byte[] reply, int board) {
		if (reply.length == 0) {
			throw new BadFrame("no reply");
		}
		if (reply.length < REPLY_LENGTH) {
			throw new BadFrame("a short reply of " + reply.length + " bytes: " + HexFormat.of().formatHex(reply));
		}
		String hex = HexFormat.of().formatHex(reply);
		if ((reply[0] & 0xff) != STX || (reply[7] & 0xff) != ETX) {
			throw new BadFrame("a reply without STX and ETX: " + hex);
		}
		if (reply[8] != checksum(reply, 8)) {
			throw new BadFrame("a reply with a bad checksum: " + hex);
		}
		if (((reply[1] & 0xff) >> 4) != board || (reply[2] & 0xff) != STATUS_REPLY) {
			throw new BadFrame("a reply from another board or to another command: " + hex);
		}
		return new Status((reply[3] & 0xff) | (reply[4] & 0xff) << 8, (reply[5] & 0xff) | (reply[6] & 0xff) << 8);
	}

	/** A status frame as the board sends it (the emulator's side). */
	static byte[] statusFrame(int board, int lock, Status status) {
		byte[] frame = { (byte) STX, (byte) ((board << 4) | lock), (byte) STATUS_REPLY, (byte) status.hooks(),
				(byte) (status.hooks() >> 8), (byte) status.infrared(), (byte) (status.infrared() >> 8), (byte) ETX,
				0 };
		frame[8] = checksum(frame, 8);
		return frame;
	}

	static byte checksum(byte[] frame, int length) {
		int sum = 0;
		for (int i = 0; i < length; i++) {
			sum += frame[i] & 0xff;
		}
		return (byte) sum;
	}

	/**
	 * The 16 hook switches and infrared sensors, bit 0 = lock 1.
	 */
	record Status(int hooks, int infrared) {

		boolean hookEngaged(int lock) {
			return (this.hooks & (1 << lock)) != 0;
		}

	}

	/** A reply that is absent, short or not to be trusted. */
	static final class BadFrame extends RuntimeException {

		BadFrame(String message) {
			super(message);
		}

	}

}
