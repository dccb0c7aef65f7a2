package org.cloakroom.kiosk.siem;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.cloakroom.kiosk.audit.AuditEntry;

/**
 * Turns an audit log entry into one RFC 5424 syslog message:
 * {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME - MSGID [cloakroom@32473 ...] BODY}. The
 * timestamp is the entry's own, MSGID its event type, and the structured data carries the
 * event id the SIEM de-duplicates by (the sequence, and the chain's hash), so a message
 * sent twice is the same message twice. The body is UTF-8 without a byte-order mark (RFC
 * 5424's MSG-ANY).
 */
final class SyslogMessages {

	/**
	 * The structured data's id. 32473 is the private enterprise number RFC 5612 reserves
	 * for documentation and examples.
	 */
	static final String SD_ID = "cloakroom@32473";

	/** Severity of an entry that alerts security officers: 1, alert. */
	static final int ALERT_SEVERITY = 1;

	/** Severity of every other entry: 6, informational. */
	static final int ENTRY_SEVERITY = 6;

	static final String NILVALUE = "-";

	private static final int MAX_MSGID = 32;

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

	private final int facility;

	private final String hostname;

	private final String appName;

	private final EntryBody body;

	SyslogMessages(int facility, String hostname, String appName, EntryBody body) {
		this.facility = facility;
		this.hostname = headerField(hostname, 255);
		this.appName = headerField(appName, 48);
		this.body = body;
	}

	/** The message for one entry, as the bytes that go on the wire (before framing). */
	byte[] of(AuditEntry entry) {
		int severity = entry.alert() ? ALERT_SEVERITY : ENTRY_SEVERITY;
		String message = "<" + (this.facility * 8 + severity) + ">1 " + TIMESTAMP.format(entry.at()) + " "
				+ this.hostname + " " + this.appName + " " + NILVALUE + " " + headerField(entry.type(), MAX_MSGID) + " "
				+ structuredData(entry) + " " + this.body.of(entry);
		return message.getBytes(StandardCharsets.UTF_8);
	}

	private static String structuredData(AuditEntry entry) {
		return "[" + SD_ID + " seq=\"" + entry.sequence() + "\" hash=\"" + paramValue(entry.hash())
				+ "\" previousHash=\"" + paramValue(entry.previousHash()) + "\" subject=\""
				+ paramValue(entry.subject()) + "\" alert=\"" + entry.alert() + "\"]";
	}

	/** RFC 6587 octet counting: the message's length in bytes, a space, the message. */
	static byte[] octetCounted(byte[] message) {
		byte[] prefix = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
		byte[] framed = new byte[prefix.length + message.length];
		System.arraycopy(prefix, 0, framed, 0, prefix.length);
		System.arraycopy(message, 0, framed, prefix.length, message.length);
		return framed;
	}

	/**
	 * A header field as RFC 5424 allows it: printable US-ASCII without spaces (anything
	 * else becomes {@code _}), at most {@code maxLength} characters, {@code -} when
	 * empty.
	 */
	static String headerField(String value, int maxLength) {
		if (value == null || value.isEmpty()) {
			return NILVALUE;
		}
		StringBuilder field = new StringBuilder(Math.min(value.length(), maxLength));
		for (int i = 0; i < value.length() && field.length() < maxLength; i++) {
			char c = value.charAt(i);
			field.append((c >= 33 && c <= 126) ? c : '_');
		}
		return field.toString();
	}

	/**
	 * A PARAM-VALUE: {@code "}, {@code \} and {@code ]} escaped with a backslash (RFC
	 * 5424, 6.3.3).
	 */
	static String paramValue(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\' || c == ']') {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
