package org.cloakroom.kiosk.locker.expander;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.pi4j.io.i2c.I2CConfig;
import com.pi4j.io.i2c.I2CProvider;
import com.pi4j.plugin.mock.provider.i2c.MockI2C;

/**
 * Stands in for one MCP23017 on the I2C bus, as Pi4J's MockI2C stands in for a device
 * (whose registers are only FIFOs): a register file in the chip's power-on layout
 * (IOCON.BANK = 0, sequential addressing), what the pins outside read, the pull-ups, INT
 * (mirrored, any-change mode) and reads that clear it. It can be told to stop answering
 * (every transfer fails, as a NACK does), to fail a few transfers, or to lose power
 * (registers back to their power-on values). The driver under test is the real code.
 */
public final class Mcp23017Model extends MockI2C {

	private static final int IODIR = 0x00;

	private static final int GPINTEN = 0x04;

	private static final int IOCON = 0x0A;

	private static final int GPPU = 0x0C;

	private static final int INTF = 0x0E;

	private static final int INTCAP = 0x10;

	private static final int GPIO = 0x12;

	private static final int OLAT = 0x14;

	private final int[] registers = new int[0x16];

	/**
	 * What holds each pin from outside, or null: nothing (an input floats or pulls up).
	 */
	private final Boolean[] outside = new Boolean[16];

	private final List<String> transfers = new ArrayList<>();

	private volatile boolean silent;

	private int failures;

	private int gpioReads;

	private boolean intLow;

	private Consumer<Boolean> intPin = (low) -> {
	};

	public Mcp23017Model(I2CProvider provider, I2CConfig config) {
		super(provider, config);
		powerOn();
	}

	/** Every register as after power-on: every line an input. */
	public synchronized void powerOn() {
		java.util.Arrays.fill(this.registers, 0);
		this.registers[IODIR] = 0xFF;
		this.registers[IODIR + 1] = 0xFF;
	}

	public void silent(boolean silent) {
		this.silent = silent;
	}

	/** The next {@code count} transfers fail. */
	public synchronized void failNext(int count) {
		this.failures = count;
	}

	/** Drives a pin from outside (a switch to ground: false), or lets it float (null). */
	public synchronized void pin(int line, Boolean high) {
		int before = levels();
		this.outside[line] = high;
		int changed = (before ^ levels()) & enabled();
		if (changed != 0 && !this.intLow) {
			this.registers[INTF] = changed & 0xFF;
			this.registers[INTF + 1] = changed >> 8;
			this.registers[INTCAP] = before & 0xFF;
			this.registers[INTCAP + 1] = (before >> 8) & 0xFF;
			setInt(true);
		}
	}

	/** What the pin reads from the chip's side (an output drives its latch). */
	public synchronized boolean level(int line) {
		return (levels() & (1 << line)) != 0;
	}

	/** A register pair as port A in the low byte, port B in the high byte. */
	public synchronized int register16(int register) {
		return this.registers[register] | (this.registers[register + 1] << 8);
	}

	public synchronized int register8(int register) {
		return this.registers[register];
	}

	/** "W 0x14 0x0100" per write and "R 0x12" per read, in order. */
	public synchronized List<String> transfers() {
		return List.copyOf(this.transfers);
	}

	public synchronized int gpioReads() {
		return this.gpioReads;
	}

	public synchronized boolean intLow() {
		return this.intLow;
	}

	/** Wires INT to a Pi input: told true when INT goes low, false when it is let go. */
	public synchronized void onInt(Consumer<Boolean> low) {
		this.intPin = low;
	}

	@Override
	public synchronized int readRegister(int register) {
		answer("R " + hex(register));
		return read(register);
	}

	@Override
	public synchronized int readRegister(int register, byte[] buffer, int offset, int length) {
		answer("R " + hex(register));
		for (int i = 0; i < length; i++) {
			buffer[offset + i] = (byte) read(register + i);
		}
		return length;
	}

	@Override
	public synchronized int writeRegister(int register, byte value) {
		answer(String.format("W %s 0x%02X", hex(register), value & 0xFF));
		write(register, value & 0xFF);
		return 1;
	}

	@Override
	public synchronized int writeRegister(int register, byte[] data, int offset, int length) {
		int value = 0;
		for (int i = 0; i < length; i++) {
			value |= (data[offset + i] & 0xFF) << (8 * i);
		}
		answer(String.format("W %s 0x%0" + (2 * length) + "X", hex(register), value));
		for (int i = 0; i < length; i++) {
			write(register + i, data[offset + i] & 0xFF);
		}
		return length;
	}

	private void answer(String transfer) {
		if (this.silent) {
			throw new IllegalStateException(
					"I2C transfer failed: no ACK from address " + String.format("0x%02x", config().device()));
		}
		if (this.failures > 0) {
			this.failures--;
			throw new IllegalStateException("I2C transfer failed: NACK");
		}
		this.transfers.add(transfer);
	}

	private int read(int register) {
		int at = (register == IOCON + 1) ? IOCON : register;
		if (at == GPIO || at == GPIO + 1) {
			this.gpioReads += (at == GPIO) ? 1 : 0;
			clearInt();
			int levels = levels();
			return (at == GPIO) ? levels & 0xFF : levels >> 8;
		}
		if (at == INTCAP || at == INTCAP + 1) {
			clearInt();
		}
		return this.registers[at];
	}

	private void write(int register, int value) {
		int at = (register == IOCON + 1) ? IOCON : register;
		if (at == GPIO || at == GPIO + 1) {
			at += OLAT - GPIO; // a write to GPIO writes the latch
		}
		if (at != INTF && at != INTF + 1 && at != INTCAP && at != INTCAP + 1) {
			this.registers[at] = value;
		}
	}

	/** Outputs read their latch; inputs what is outside, else their pull-up, else low. */
	private int levels() {
		int levels = 0;
		int inputs = register16(IODIR);
		int latch = register16(OLAT);
		int pullUps = register16(GPPU);
		for (int line = 0; line < 16; line++) {
			int bit = 1 << line;
			// an output reads its latch unless its load holds the pin (a shorted relay
			// input)
			boolean high = (this.outside[line] != null) ? this.outside[line]
					: ((inputs & bit) == 0) ? (latch & bit) != 0 : (pullUps & bit) != 0;
			levels |= high ? bit : 0;
		}
		return levels;
	}

	private int enabled() {
		return register16(GPINTEN) & register16(IODIR);
	}

	private void setInt(boolean low) {
		this.intLow = low;
		Consumer<Boolean> pin = this.intPin;
		pin.accept(low);
	}

	private void clearInt() {
		if (this.intLow) {
			this.registers[INTF] = 0;
			this.registers[INTF + 1] = 0;
			setInt(false);
		}
	}

	private static String hex(int register) {
		return String.format("0x%02X", register);
	}

}
