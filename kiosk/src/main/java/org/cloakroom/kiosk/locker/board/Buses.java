package org.cloakroom.kiosk.locker.board;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.facade.ModbusSerialMaster;
import com.ghgande.j2mod.modbus.util.SerialParameters;

import org.cloakroom.kiosk.locker.gpio.GpioException;
import org.cloakroom.kiosk.wiring.LockerBoard;

/**
 * The serial ports the boards are on, each opened once (the wiring allows one protocol
 * and one baud rate per port): a {@link SerialBus} for KR-CU16 boards, a j2mod serial
 * master (whose requests are synchronised) for Modbus boards.
 */
final class Buses implements AutoCloseable {

	private final Map<String, SerialBus> serial = new LinkedHashMap<>();

	private final Map<String, ModbusSerialMaster> modbus = new LinkedHashMap<>();

	private final Map<String, LockerBoard> boards = new LinkedHashMap<>();

	private final Duration timeout;

	Buses(Duration timeout) {
		this.timeout = timeout;
	}

	BoardProtocol protocol(LockerBoard board) {
		this.boards.put(board.name(), board);
		try {
			return switch (board.type()) {
				case KR_CU16 -> new KrCu16Protocol(
						this.serial.computeIfAbsent(board.port(), (port) -> new SerialBus(port, board.baud())),
						board.address(), this.timeout);
				case MODBUS_IO_8CH -> new ModbusIoProtocol(
						this.modbus.computeIfAbsent(board.port(), (port) -> master(port, board.baud())), board.port(),
						board.address(), board.type().channels());
			};
		}
		catch (BoardException ex) {
			throw new GpioException("Locker board " + board.name() + ": " + ex.getMessage(), ex);
		}
	}

	LockerBoard wiring(String name) {
		return this.boards.get(name);
	}

	private ModbusSerialMaster master(String port, int baud) {
		SerialParameters parameters = new SerialParameters();
		parameters.setPortName(SerialBus.device(port));
		parameters.setBaudRate(baud);
		parameters.setDatabits(8);
		parameters.setParity("None");
		parameters.setStopbits(1);
		parameters.setEncoding(Modbus.SERIAL_ENCODING_RTU);
		parameters.setEcho(false);
		ModbusSerialMaster master = new ModbusSerialMaster(parameters, (int) this.timeout.toMillis());
		try {
			master.connect();
			// after connect: j2mod creates the transaction there; the retries are
			// BoardWatch's
			master.setRetries(0);
			master.setTimeout((int) this.timeout.toMillis());
		}
		catch (Exception ex) {
			throw new BoardException("cannot open serial port " + port + " for Modbus RTU: " + ex.getMessage()
					+ " (is the USB-RS-485 adapter plugged in, and is the kiosk's user in the dialout group?)");
		}
		return master;
	}

	@Override
	public void close() {
		this.serial.values().forEach(SerialBus::close);
		this.modbus.values().forEach(ModbusSerialMaster::disconnect);
	}

}
