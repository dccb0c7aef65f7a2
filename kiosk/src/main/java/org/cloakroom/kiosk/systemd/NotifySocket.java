package org.cloakroom.kiosk.systemd;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * systemd's notification socket: one datagram per message ({@code KEY=value} lines). A
 * send that fails is logged once (until one succeeds again) and never stops the program:
 * the watchdog, not this socket, decides whether the kiosk lives.
 */
final class NotifySocket implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(NotifySocket.class);

	private final String name;

	private final SocketAddress address;

	private final AFUNIXDatagramChannel channel;

	private final AtomicBoolean failing = new AtomicBoolean();

	private NotifySocket(String name, SocketAddress address, AFUNIXDatagramChannel channel) {
		this.name = name;
		this.address = address;
		this.channel = channel;
	}

	/**
	 * The socket {@code NOTIFY_SOCKET} names: {@code @name} in the abstract namespace,
	 * else a path.
	 */
	static NotifySocket open(String notifySocket) throws IOException {
		SocketAddress address = notifySocket.startsWith("@")
				? AFUNIXSocketAddress.inAbstractNamespace(notifySocket.substring(1))
				: AFUNIXSocketAddress.of(Path.of(notifySocket));
		return new NotifySocket(notifySocket, address, AFUNIXDatagramChannel.open());
	}

	/** Sends {@code message}; whether it went out. */
	boolean send(String message) {
		byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
		try {
			this.channel.send(ByteBuffer.wrap(bytes), this.address);
			if (this.failing.getAndSet(false)) {
				logger.info("systemd's notification socket {} takes messages again", this.name);
			}
			return true;
		}
		catch (IOException | RuntimeException ex) {
			if (!this.failing.getAndSet(true)) {
				logger.warn(
						"Could not tell systemd '{}' through {} ({}); the kiosk goes on, and further failures "
								+ "are not logged until a send succeeds",
						message.replace('\n', ' '), this.name, ex.toString());
			}
			return false;
		}
	}

	@Override
	public void close() throws IOException {
		this.channel.close();
	}

}
