package org.cloakroom.kiosk.web.live;

import org.cloakroom.kiosk.web.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A live-stream client over a plain socket: it can hold a tiny receive buffer and read
 * nothing (a browser tab on a bad network), and later read what did arrive. It decodes
 * the chunked body and the event-stream format by hand, so that a stream cut short still
 * yields its complete events.
 */
final class EventStreamClient implements AutoCloseable {

	private final Socket socket;

	private InputStream body;

	private int status;

	private final Map<String, String> headers = new LinkedHashMap<>();

	/**
	 * As sent; read as a number only when its event is complete (a dropped stream may end
	 * mid-line).
	 */
	private String currentId = "-1";

	private String currentEvent;

	/** The data lines of the event being read, joined by line breaks. */
	private final StringBuilder currentData = new StringBuilder();

	private EventStreamClient(Socket socket) {
		this.socket = socket;
	}

	/** Opens the stream and reads nothing, not even the response's headers. */
	static EventStreamClient stalled(int port, String path) throws IOException {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(1024);
		socket.connect(new InetSocketAddress("localhost", port));
		RawHttp.write(socket.getOutputStream(), "GET", path, null, null, "Accept: text/event-stream");
		return new EventStreamClient(socket);
	}

	/** Opens the stream, reads the response's headers and returns the client. */
	static EventStreamClient open(int port, String path, String... headers) throws IOException {
		Socket socket = new Socket("localhost", port);
		String[] all = new String[headers.length + 1];
		all[0] = "Accept: text/event-stream";
		System.arraycopy(headers, 0, all, 1, headers.length);
		RawHttp.write(socket.getOutputStream(), "GET", path, null, null, all);
		EventStreamClient client = new EventStreamClient(socket);
		client.readHead();
		return client;
	}

	int status() {
		return this.status;
	}

	String header(String name) {
		return this.headers.get(name.toLowerCase());
	}

	/** The rest of the body as text (for a refusal). */
	String remainingBody() throws IOException {
		return new String(this.body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * Reads until the server ends the stream; the ids of the complete events received.
	 * Fails if the server does not end it within {@code timeoutMillis}.
	 */
	List<Long> readToEnd(int timeoutMillis) throws IOException {
		this.socket.setSoTimeout(timeoutMillis);
		// a window that opens wide makes the server's side send the rest at once
		this.socket.setReceiveBufferSize(1 << 16);
		if (this.body == null) {
			readHead();
		}
		List<Long> ids = new ArrayList<>();
		while (true) {
			Event event = nextEvent();
			if (event == null) {
				return ids;
			}
			ids.add(event.id());
		}
	}

	/** The next event (comments skipped); fails if none comes within the timeout. */
	Event next(int timeoutMillis) throws IOException {
		this.socket.setSoTimeout(timeoutMillis);
		Event event = nextEvent();
		if (event == null) {
			throw new IOException("The server ended the stream");
		}
		return event;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private void readHead() throws IOException {
		InputStream in = this.socket.getInputStream();
		this.status = Integer.parseInt(RawHttp.readLine(in).split(" ")[1]);
		for (String line = RawHttp.readLine(in); line != null && !line.isEmpty(); line = RawHttp.readLine(in)) {
			int colon = line.indexOf(':');
			this.headers.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
		}
		this.body = "chunked".equalsIgnoreCase(header("Transfer-Encoding")) ? new ChunkedBody(in) : in;
	}

	/** The next complete event, or null where the stream ends. */
	private Event nextEvent() throws IOException {
		for (String line = RawHttp.readLine(this.body); line != null; line = RawHttp.readLine(this.body)) {
			if (line.isEmpty()) {
				if (this.currentEvent != null) {
					Event event = new Event(Long.parseLong(this.currentId), this.currentEvent,
							this.currentData.toString());
					this.currentEvent = null;
					this.currentData.setLength(0);
					return event;
				}
			}
			else if (line.startsWith("id: ")) {
				this.currentId = line.substring(4);
			}
			else if (line.startsWith("event: ")) {
				this.currentEvent = line.substring(7);
			}
			else if (line.startsWith("data: ")) {
				this.currentData.append(this.currentData.isEmpty() ? "" : "\n").append(line.substring(6));
			}
		}
		return null;
	}

	record Event(long id, String name, String data) {
	}

	/** A chunked body; a body cut short simply ends. */
	private static final class ChunkedBody extends InputStream {

		private final InputStream in;

		private long left;

		private boolean ended;

		ChunkedBody(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			if (this.ended) {
				return -1;
			}
			if (this.left == 0) {
				String size = RawHttp.readLine(this.in);
				if (size != null && size.isEmpty()) {
					size = RawHttp.readLine(this.in); // the CRLF after the previous chunk
				}
				if (size == null || size.isEmpty() || (this.left = Long.parseLong(size.trim(), 16)) == 0) {
					this.ended = true;
					return -1;
				}
			}
			int b = this.in.read();
			if (b < 0) {
				this.ended = true;
				return -1;
			}
			this.left--;
			return b;
		}

	}

}
