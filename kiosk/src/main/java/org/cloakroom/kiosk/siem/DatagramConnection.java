package org.cloakroom.kiosk.siem;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.util.List;

/**
 * Syslog over UDP (RFC 5426): one message per datagram, best effort. Nothing tells the
 * sender whether a datagram arrived, so the cursor moves as soon as it was sent; a
 * message longer than a datagram can hold is cut at 65,507 bytes.
 */
final class DatagramConnection implements SyslogConnection {

	static final int MAX_DATAGRAM = 65_507;

	private final DatagramSocket socket;

	DatagramConnection(DatagramSocket socket) {
		this.socket = socket;
	}

	@Override
	public void send(List<byte[]> messages) throws IOException {
		for (byte[] message : messages) {
			this.socket.send(new DatagramPacket(message, Math.min(message.length, MAX_DATAGRAM)));
		}
	}

	/** UDP has no connection that could close: as far as it can tell, always open. */
	@Override
	public boolean stillOpen() {
		return !this.socket.isClosed();
	}

	@Override
	public void close() {
		this.socket.close();
	}

}
