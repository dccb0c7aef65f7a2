package org.cloakroom.kiosk.siem;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Connects over TCP, or over TLS when given an {@link SSLContext}: the receiver's
 * certificate must chain to a trusted one and name the configured host.
 */
final class StreamConnector implements SyslogConnector {

	private final String host;

	private final int port;

	private final int connectTimeoutMillis;

	private final SSLContext tls;

	StreamConnector(String host, int port, int connectTimeoutMillis, SSLContext tls) {
		this.host = host;
		this.port = port;
		this.connectTimeoutMillis = connectTimeoutMillis;
		this.tls = tls;
	}

	@Override
	public SyslogConnection open() throws IOException {
		Socket socket = new Socket();
		try {
			socket.connect(new InetSocketAddress(this.host, this.port), this.connectTimeoutMillis);
			socket.setTcpNoDelay(true);
			socket.setKeepAlive(true);
			return new StreamConnection((this.tls != null) ? handshake(socket) : socket);
		}
		catch (IOException | RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	private Socket handshake(Socket plain) throws IOException {
		SSLSocket socket = (SSLSocket) this.tls.getSocketFactory().createSocket(plain, this.host, this.port, true);
		SSLParameters parameters = socket.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		socket.setSSLParameters(parameters);
		socket.setSoTimeout(this.connectTimeoutMillis);
		socket.startHandshake();
		return socket;
	}

	@Override
	public String target() {
		return ((this.tls != null) ? "tls" : "tcp") + "://" + this.host + ":" + this.port;
	}

}
