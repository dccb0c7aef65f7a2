package org.cloakroom.kiosk.web.live;

import java.nio.charset.StandardCharsets;

/**
 * One server-sent event, encoded once and written to every client that gets it. Not a
 * record: its bytes are shared, never copied, and never compared.
 */
final class LiveFrame {

	/** Sent first, so that the client sees the stream open at once. */
	static final LiveFrame OPENED = comment("open");

	static final LiveFrame HEARTBEAT = comment("still here");

	private final long sequence;

	private final byte[] bytes;

	private LiveFrame(long sequence, byte[] bytes) {
		this.sequence = sequence;
		this.bytes = bytes;
	}

	/**
	 * An event whose id is the audit sequence; each line of the data becomes a data line.
	 */
	static LiveFrame event(long sequence, String name, String data) {
		StringBuilder text = new StringBuilder().append("id: ").append(sequence).append("\nevent: ").append(name);
		if (data.isEmpty()) {
			text.append("\ndata: ");
		}
		data.lines().forEach(line -> text.append("\ndata: ").append(line));
		return new LiveFrame(sequence, text.append("\n\n").toString().getBytes(StandardCharsets.UTF_8));
	}

	private static LiveFrame comment(String text) {
		return new LiveFrame(0, (": " + text + "\n\n").getBytes(StandardCharsets.UTF_8));
	}

	/** The audit sequence this event carries as its id, or 0 for a comment. */
	long sequence() {
		return this.sequence;
	}

	byte[] bytes() {
		return this.bytes;
	}

	@Override
	public String toString() {
		return new String(this.bytes, StandardCharsets.UTF_8);
	}

}
