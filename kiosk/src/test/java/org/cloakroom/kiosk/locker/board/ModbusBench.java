package org.cloakroom.kiosk.locker.board;

import java.nio.file.Path;

import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalIn;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import com.ghgande.j2mod.modbus.util.SerialParameters;

/**
 * A Modbus-RTU I/O board at unit 1 (8 coils, 8 discrete inputs, inputs on = doors shut)
 * played by j2mod's own serial slave with a process image, on a serial device.
 */
public final class ModbusBench implements BoardBench {

	private final ModbusSlave slave;

	private final SimpleProcessImage image = new SimpleProcessImage(1);

	public ModbusBench(Path device) {
		SerialParameters parameters = new SerialParameters();
		parameters.setPortName(SerialBus.device(device.toString()));
		parameters.setBaudRate(9600);
		parameters.setDatabits(8);
		parameters.setParity("None");
		parameters.setStopbits(1);
		parameters.setEncoding(Modbus.SERIAL_ENCODING_RTU);
		parameters.setEcho(false);
		for (int i = 0; i < 8; i++) {
			this.image.addDigitalOut(new SimpleDigitalOut(false));
			this.image.addDigitalIn(new SimpleDigitalIn(true));
		}
		try {
			this.slave = ModbusSlaveFactory.createSerialSlave(parameters);
			this.slave.addProcessImage(1, this.image);
			this.slave.open();
		}
		catch (ModbusException ex) {
			throw new IllegalStateException("j2mod's slave cannot open " + device + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void door(int channel, boolean shut) {
		((SimpleDigitalIn) this.image.getDigitalIn(channel - 1)).set(shut);
	}

	@Override
	public boolean unlocked(int channel) {
		return this.image.getDigitalOut(channel - 1).isSet();
	}

	@Override
	public void reset() {
		for (int i = 0; i < 8; i++) {
			((SimpleDigitalIn) this.image.getDigitalIn(i)).set(true);
			this.image.getDigitalOut(i).set(false);
		}
	}

	@Override
	public void close() {
		ModbusSlaveFactory.close(this.slave);
	}

}
