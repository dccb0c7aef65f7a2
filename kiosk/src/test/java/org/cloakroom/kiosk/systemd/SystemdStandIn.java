package org.cloakroom.kiosk.systemd;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.newsclub.net.unix.AFUNIXDatagramSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

import static org.assertj.core.api.Assertions.fail;

/**
 * Stands in for systemd as PID 1: a real AF_UNIX datagram socket bound where
 * {@code NOTIFY_SOCKET} points (a path, or a name in the abstract namespace), receiving
 * what the kiosk tells the service manager, one message per datagram.
 */
public final class SystemdStandIn implements AutoCloseable {

	private final AFUNIXDatagramSocket socket;

	private final String notifySocket;

	private SystemdStandIn(AFUNIXDatagramSocket socket, String notifySocket) {
		this.socket = socket;
		this.notifySocket = notifySocket;
	}

	/**
	 * Bound to {@code directory/notify}, as systemd binds {@code /run/systemd/notify}.
	 */
	public static SystemdStandIn atPath(Path directory) throws IOException {
		Path path = directory.resolve("notify");
		AFUNIXDatagramSocket socket = AFUNIXDatagramSocket.newInstance();
		socket.bind(AFUNIXSocketAddress.of(path));
		return new SystemdStandIn(socket, path.toString());
	}

	/** Bound to a fresh name in the abstract namespace ({@code NOTIFY_SOCKET=@name}). */
	public static SystemdStandIn abstractNamed() throws IOException {
		String name = "cloakroom-test-" + UUID.randomUUID();
		AFUNIXDatagramSocket socket = AFUNIXDatagramSocket.newInstance();
		socket.bind(AFUNIXSocketAddress.inAbstractNamespace(name));
		return new SystemdStandIn(socket, "@" + name);
	}

	/** The value for {@code NOTIFY_SOCKET}. */
	public String notifySocket() {
		return this.notifySocket;
	}

	/** The next message, waiting at most {@code within}; fails if none comes. */
	public String receive(Duration within) throws IOException {
		return next(within).orElseGet(() -> fail("systemd's stand-in received nothing within " + within));
	}

	/** The next message, or empty when none comes within {@code within}. */
	public Optional<String> next(Duration within) throws IOException {
		byte[] buffer = new byte[4096];
		DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
		this.socket.setSoTimeout((int) Math.max(1, within.toMillis()));
		try {
			this.socket.receive(packet);
			return Optional.of(new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8));
		}
		catch (SocketTimeoutException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void close() {
		this.socket.close();
	}

}
