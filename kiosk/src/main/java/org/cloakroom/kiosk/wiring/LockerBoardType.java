package org.cloakroom.kiosk.wiring;

/**
 * A locker board on RS-485: how many channels (a lock and its door sensor each) it has,
 * the addresses it can be set to, its factory baud rate, and whether it can hold a lock
 * open or only pulse it.
 */
public enum LockerBoardType {

	/**
	 * Kerong KR-CU16: 16 locks with a hook switch each, address 0 to 15 by DIP switch,
	 * 19200 8N1. The board times each unlock pulse itself: it cannot hold a lock open.
	 */
	KR_CU16(16, 0, 15, 19200, false),
	/**
	 * Waveshare Modbus RTU IO 8CH: 8 relay outputs (coils 0-7) and 8 digital inputs
	 * (discrete inputs 0-7), slave address 1 to 247, 9600 8N1. A coil stays on until
	 * switched off, so it can hold a lock or pulse it.
	 */
	MODBUS_IO_8CH(8, 1, 247, 9600, true);

	private final int channels;

	private final int firstAddress;

	private final int lastAddress;

	private final int baud;

	private final boolean holds;

	LockerBoardType(int channels, int firstAddress, int lastAddress, int baud, boolean holds) {
		this.channels = channels;
		this.firstAddress = firstAddress;
		this.lastAddress = lastAddress;
		this.baud = baud;
		this.holds = holds;
	}

	/** Channels are numbered 1 to this, as printed on the board. */
	public int channels() {
		return this.channels;
	}

	public boolean hasAddress(int address) {
		return address >= this.firstAddress && address <= this.lastAddress;
	}

	public String addressRange() {
		return this.firstAddress + " to " + this.lastAddress;
	}

	public int defaultBaud() {
		return this.baud;
	}

	/** Whether a lock can be held open (mode: hold), not only pulsed. */
	public boolean canHold() {
		return this.holds;
	}

	/** As the wiring file spells it: {@code kr-cu16}. */
	public String wiringName() {
		return RecordBinder.kebab(name());
	}

}
