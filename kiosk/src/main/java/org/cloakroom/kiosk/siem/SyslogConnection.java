package org.cloakroom.kiosk.siem;

import java.io.IOException;
import java.util.List;

/**
 * An open connection to the SIEM's syslog receiver. Only the sender thread sends;
 * {@link #close()} may come from any thread, and makes a write that hangs fail.
 */
interface SyslogConnection extends AutoCloseable {

	/**
	 * Writes the messages (unframed RFC 5424 messages) and flushes them. Returning means
	 * this machine's network stack took every byte, not that the receiver read them.
	 */
	void send(List<byte[]> messages) throws IOException;

	/**
	 * Whether the receiver still holds the connection open, as far as this side can tell
	 * without waiting: false once it closed or reset it.
	 */
	boolean stillOpen();

	@Override
	void close();

}
