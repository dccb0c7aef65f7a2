package org.cloakroom.kiosk.locker.board;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import com.fazecast.jSerialComm.SerialPort;

/**
 * One RS-485 bus through one serial port, 8N1: the only owner of the port, so that the
 * boards on it take turns (a request and its reply are never interleaved with another
 * board's). A stable name such as /dev/serial/by-id/… is a link, opened through its
 * target, because jSerialComm opens the device it is given.
 */
final class SerialBus implements AutoCloseable {

	private final SerialPort port;

	private final String name;

	SerialBus(String name, int baud) {
		this.name = name;
		this.port = SerialPort.getCommPort(device(name));
		this.port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
		if (!this.port.openPort()) {
			throw new BoardException("cannot open serial port " + name + " (error " + this.port.getLastErrorCode()
					+ "): is the USB-RS-485 adapter plugged in, and is the kiosk's user in the dialout group?");
		}
	}

	/**
	 * Sends {@code request} and reads up to {@code replyLength} bytes within
	 * {@code timeout}; fewer when the reply is short or absent. Bytes left over from an
	 * earlier, late reply are dropped first.
	 */
	synchronized byte[] exchange(byte[] request, int replyLength, Duration timeout) {
		drain();
		if (this.port.writeBytes(request, request.length) != request.length) {
			throw new BoardException("cannot write to serial port " + this.name);
		}
		byte[] reply = new byte[replyLength];
		int read = 0;
		long deadline = System.nanoTime() + timeout.toNanos();
		while (read < replyLength) {
			long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
			if (System.nanoTime() >= deadline) {
				break;
			}
			this.port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) left, 0);
			int got = this.port.readBytes(reply, replyLength - read, read);
			if (got < 0) {
				throw new BoardException("cannot read from serial port " + this.name);
			}
			read += got;
		}
		return Arrays.copyOf(reply, read);
	}

	String name() {
		return this.name;
	}

	private void drain() {
		int waiting = this.port.bytesAvailable();
		if (waiting > 0) {
			this.port.readBytes(new byte[waiting], waiting);
		}
	}

	@Override
	public void close() {
		this.port.closePort();
	}

	static String device(String name) {
		try {
			return Path.of(name).toRealPath().toString();
		}
		catch (IOException | RuntimeException ex) {
			return name;
		}
	}

}
