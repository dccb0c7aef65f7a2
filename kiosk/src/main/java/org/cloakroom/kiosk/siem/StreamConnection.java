package org.cloakroom.kiosk.siem;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;

/**
 * Syslog over a TCP or TLS stream, each message framed by octet counting (RFC 6587,
 * 3.4.1; RFC 5425 uses the same framing over TLS).
 */
final class StreamConnection implements SyslogConnection {

	private static final int BUFFER = 64 * 1024;

	private final Socket socket;

	private final OutputStream out;

	private final InputStream in;

	StreamConnection(Socket socket) throws IOException {
		this.socket = socket;
		this.out = new BufferedOutputStream(socket.getOutputStream(), BUFFER);
		this.in = socket.getInputStream();
	}

	@Override
	public void send(List<byte[]> messages) throws IOException {
		for (byte[] message : messages) {
			this.out.write(SyslogMessages.octetCounted(message));
		}
		this.out.flush();
	}

	/**
	 * A receiver never writes back on a syslog stream, so a read that finds the end of
	 * the stream, or a reset, means it has gone; one that times out at once means it is
	 * still there.
	 */
	@Override
	public boolean stillOpen() {
		try {
			this.socket.setSoTimeout(1);
			return this.in.read() != -1;
		}
		catch (SocketTimeoutException stillThere) {
			return true;
		}
		catch (IOException gone) {
			return false;
		}
	}

	@Override
	public void close() {
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// closing a connection that already failed: nothing more to do
		}
	}

}
