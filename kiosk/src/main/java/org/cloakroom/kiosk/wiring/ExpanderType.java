package org.cloakroom.kiosk.wiring;

import java.util.Set;

/** An I/O expander chip on the Pi's I2C bus, with what its lines can do. */
public enum ExpanderType {

	/**
	 * Microchip MCP23017: 16 lines, 100 kOhm pull-ups only, every line an input (high
	 * impedance) from power-on until it is configured.
	 */
	MCP23017(16, Set.of(Pull.UP, Pull.OFF), 0x20, 0x27);

	private final int lines;

	private final Set<Pull> pulls;

	private final int firstAddress;

	private final int lastAddress;

	ExpanderType(int lines, Set<Pull> pulls, int firstAddress, int lastAddress) {
		this.lines = lines;
		this.pulls = pulls;
		this.firstAddress = firstAddress;
		this.lastAddress = lastAddress;
	}

	public int lines() {
		return this.lines;
	}

	public boolean supports(Pull pull) {
		return this.pulls.contains(pull);
	}

	public boolean hasAddress(int address) {
		return address >= this.firstAddress && address <= this.lastAddress;
	}

	public String addressRange() {
		return String.format("0x%02x..0x%02x", this.firstAddress, this.lastAddress);
	}

}
