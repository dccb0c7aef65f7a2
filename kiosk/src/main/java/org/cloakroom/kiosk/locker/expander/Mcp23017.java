package org.cloakroom.kiosk.locker.expander;

import com.pi4j.io.i2c.I2C;

/**
 * The MCP23017's registers over one Pi4J I2C device, in its power-on layout (IOCON.BANK =
 * 0: each A register followed by its B register, so a pair is one 16-bit transfer, port A
 * the low byte). Each transfer is tried {@link #TRIES} times before the chip counts as
 * silent: a single NACK on a long, noisy bus is not yet a lost chip.
 */
final class Mcp23017 {

	/** Direction, 1 = input; all ones from power-on. */
	static final int IODIR = 0x00;

	static final int GPINTEN = 0x04;

	static final int DEFVAL = 0x06;

	static final int INTCON = 0x08;

	/** Configuration; one register at both 0x0A and 0x0B, 0 from power-on. */
	static final int IOCON = 0x0A;

	/** 100 kOhm pull-ups, 1 = on; there are no pull-downs. */
	static final int GPPU = 0x0C;

	static final int INTF = 0x0E;

	static final int INTCAP = 0x10;

	static final int GPIO = 0x12;

	/** Output latches: written, never read-modify-written through GPIO. */
	static final int OLAT = 0x14;

	/**
	 * INTA and INTB pins OR'd together, so one Pi line serves both ports; a chip reset
	 * clears it, so it also tells a chip that restarted from one that did not.
	 */
	static final int IOCON_MIRROR = 0x40;

	/**
	 * INT as an open-drain output: the Pi's pull-up holds the line high, and a chip
	 * without power or in reset leaves it high rather than floating.
	 */
	static final int IOCON_ODR = 0x04;

	static final int TRIES = 3;

	private final I2C device;

	private final String where;

	/**
	 * @param where the chip for messages: "I2C address 0x21 on /dev/i2c-1"
	 */
	Mcp23017(I2C device, String where) {
		this.device = device;
		this.where = where;
	}

	int read8(int register) {
		return tried(() -> {
			int value = this.device.readRegister(register);
			if (value < 0) {
				throw new IllegalStateException("read failed (" + value + ")");
			}
			return value & 0xFF;
		}, "read of register " + hex(register));
	}

	/** A register pair: port A in the low byte, port B in the high byte. */
	int read16(int register) {
		return tried(() -> {
			byte[] pair = new byte[2];
			int read = this.device.readRegister(register, pair, 0, 2);
			if (read != 2) {
				throw new IllegalStateException("read " + read + " of 2 bytes");
			}
			return (pair[0] & 0xFF) | ((pair[1] & 0xFF) << 8);
		}, "read of register " + hex(register));
	}

	void write8(int register, int value) {
		tried(() -> {
			this.device.writeRegister(register, (byte) value);
			return 0;
		}, "write of register " + hex(register));
	}

	void write16(int register, int value) {
		tried(() -> {
			this.device.writeRegister(register, new byte[] { (byte) value, (byte) (value >> 8) }, 0, 2);
			return 0;
		}, "write of register " + hex(register));
	}

	String where() {
		return this.where;
	}

	void close() {
		try {
			this.device.close();
		}
		catch (RuntimeException ex) {
			// closing a device that is gone: nothing left to release
		}
	}

	private int tried(Transfer transfer, String what) {
		RuntimeException last = null;
		for (int i = 0; i < TRIES; i++) {
			try {
				return transfer.run();
			}
			catch (RuntimeException ex) {
				last = ex;
			}
		}
		throw new ChipSilentException(
				"no answer at " + this.where + " after " + TRIES + " tries (" + what + ": " + last.getMessage() + ")",
				last);
	}

	private static String hex(int register) {
		return String.format("0x%02X", register);
	}

	@FunctionalInterface
	private interface Transfer {

		int run();

	}

	/** The chip did not answer a transfer, tries included. */
	static final class ChipSilentException extends RuntimeException {

		ChipSilentException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
