package org.cloakroom.kiosk.web.live;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/**
 * A client's end of a stream, standing in for the container's output stream: takes what
 * is written while the client reads, and is "not ready" while it does not. The test calls
 * the stream back when it reads again, as the container would.
 */
final class ClientEnd extends ServletOutputStream {

	private static final Pattern ID = Pattern.compile("^id: (\\d+)$", Pattern.MULTILINE);

	private final ByteArrayOutputStream received = new ByteArrayOutputStream();

	volatile boolean reading = true;

	@Override
	public boolean isReady() {
		return this.reading;
	}

	@Override
	public void setWriteListener(WriteListener listener) {
		// the test calls the stream back itself
	}

	@Override
	public synchronized void write(int b) {
		if (!this.reading) {
			throw new IllegalStateException("written while not ready");
		}
		this.received.write(b);
	}

	synchronized String text() {
		return this.received.toString(StandardCharsets.UTF_8);
	}

	/** The ids of the events received, in order. */
	List<Long> ids() {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = ID.matcher(text());
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

}
