package org.cloakroom.kiosk.locker.board;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.facade.ModbusSerialMaster;
import com.ghgande.j2mod.modbus.util.BitVector;

/**
 * A Modbus-RTU I/O board (Waveshare's "Modbus RTU IO 8CH", documented on the Waveshare
 * wiki: relay outputs are coils 0x0000-0x0007 written with function 05, digital inputs
 * are discrete inputs 0x0000-0x0007 read with function 02, 9600 8N1, slave address 1 by
 * default) through j2mod's serial master, which checks each reply's CRC. Channel n is
 * coil and discrete input n - 1; an input that is on is a closed switch (door shut).
 */
final class ModbusIoProtocol implements BoardProtocol {

	private final ModbusSerialMaster master;

	private final String port;

	private final int unit;

	private final int channels;

	ModbusIoProtocol(ModbusSerialMaster master, String port, int unit, int channels) {
		this.master = master;
		this.port = port;
		this.unit = unit;
		this.channels = channels;
	}

	@Override
	public boolean[] readClosed() {
		try {
			BitVector inputs = this.master.readInputDiscretes(this.unit, 0, this.channels);
			boolean[] closed = new boolean[this.channels];
			for (int i = 0; i < closed.length; i++) {
				closed[i] = inputs.getBit(i);
			}
			return closed;
		}
		catch (ModbusException | RuntimeException ex) {
			throw new BoardException("no valid reply to reading discrete inputs: " + ex.getMessage());
		}
	}

	@Override
	public void open(int channel) {
		coil(channel, true);
	}

	@Override
	public void release(int channel) {
		coil(channel, false);
	}

	@Override
	public String where() {
		return "modbus-io-8ch at address " + this.unit + " on " + this.port;
	}

	private void coil(int channel, boolean on) {
		try {
			this.master.writeCoil(this.unit, channel - 1, on);
		}
		catch (ModbusException | RuntimeException ex) {
			throw new BoardException("no valid reply to writing coil " + (channel - 1) + ": " + ex.getMessage());
		}
	}

}
