package org.cloakroom.kiosk.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The network between a kiosk and central, as a TCP relay on loopback that a test can cut
 * and restore: cut, every open connection is reset and new ones are refused at once (the
 * port stops listening), as when a switch loses power; restored, it listens on the same
 * port again. The kiosk is given {@link #port()} as central's address.
 */
final class NetworkLink implements AutoCloseable {

	private final int target;

	private final int port;

	private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "network-link");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final AtomicLong connections = new AtomicLong();

	private volatile ServerSocket listener;

	private NetworkLink(int target, ServerSocket listener) {
		this.target = target;
		this.listener = listener;
		this.port = listener.getLocalPort();
	}

	/** A link to {@code target} on loopback, up. */
	static NetworkLink to(int target) {
		try {
			NetworkLink link = new NetworkLink(target, new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
			link.listen();
			return link;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return this.port;
	}

	/** How many connections it has relayed. */
	long connections() {
		return this.connections.get();
	}

	synchronized void cut() {
		try {
			this.listener.close();
		}
		catch (IOException ex) {
			// closing is all we want
		}
		for (Socket socket : this.open) {
			reset(socket);
		}
		this.open.clear();
	}

	synchronized void restore() {
		if (!this.listener.isClosed()) {
			return;
		}
		try {
			ServerSocket again = new ServerSocket();
			again.setReuseAddress(true);
			again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.listener = again;
			listen();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot listen on port " + this.port + " again", ex);
		}
	}

	@Override
	public void close() {
		cut();
		this.threads.shutdownNow();
	}

	private void listen() {
		ServerSocket accepting = this.listener;
		this.threads.execute(() -> {
			while (!accepting.isClosed()) {
				try {
					Socket client = accepting.accept();
					Socket server = new Socket(InetAddress.getLoopbackAddress(), this.target);
					this.connections.incrementAndGet();
					this.open.add(client);
					this.open.add(server);
					this.threads.execute(() -> pump(client, server));
					this.threads.execute(() -> pump(server, client));
				}
				catch (IOException ex) {
					// cut, or central not listening: the kiosk sees its connection fail
				}
			}
		});
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// one side went away or the link was cut
		}
		finally {
			reset(from);
			reset(to);
			this.open.remove(from);
			this.open.remove(to);
		}
	}

	private static void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
			socket.close();
		}
		catch (IOException ex) {
			// already gone
		}
	}

}
