package org.cloakroom.kiosk.siem;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;

/** "Connects" a datagram socket to the receiver, which only fixes where datagrams go. */
final class DatagramConnector implements SyslogConnector {

	private final String host;

	private final int port;

	DatagramConnector(String host, int port) {
		this.host = host;
		this.port = port;
	}

	@Override
	public SyslogConnection open() throws IOException {
		DatagramSocket socket = new DatagramSocket();
		try {
			socket.connect(new InetSocketAddress(this.host, this.port));
			return new DatagramConnection(socket);
		}
		catch (IOException | RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	@Override
	public String target() {
		return "udp://" + this.host + ":" + this.port;
	}

}
