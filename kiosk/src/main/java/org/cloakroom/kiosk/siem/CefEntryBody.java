package org.cloakroom.kiosk.siem;

import org.cloakroom.kiosk.audit.AuditEntry;

/**
 * The entry in ArcSight's Common Event Format:
 * {@code CEF:0|Cloakroom|Cloakroom kiosk|version|type|type|severity|extensions}. The
 * extensions carry the event id (the sequence as {@code externalId} and {@code cn1}, the
 * chain's hash as {@code cs1}), the time ({@code rt}, milliseconds since the epoch), the
 * subject and the details. Escaping follows the CEF specification: {@code \} and
 * {@code |} in the header; {@code \}, {@code =} and line breaks in extension values.
 */
final class CefEntryBody implements EntryBody {

	static final String VENDOR = "Cloakroom";

	static final String PRODUCT = "Cloakroom kiosk";

	/** CEF severity (0-10) of an entry that alerts security officers: high. */
	static final int ALERT_SEVERITY = 8;

	/** CEF severity of every other entry: low. */
	static final int ENTRY_SEVERITY = 3;

	private final String hostname;

	private final String version;

	CefEntryBody(String hostname) {
		this.hostname = hostname;
		String implementation = CefEntryBody.class.getPackage().getImplementationVersion();
		this.version = (implementation != null) ? implementation : "dev";
	}

	@Override
	public String of(AuditEntry entry) {
		StringBuilder cef = new StringBuilder(256 + entry.details().length());
		cef.append("CEF:0|")
			.append(header(VENDOR))
			.append('|')
			.append(header(PRODUCT))
			.append('|')
			.append(header(this.version))
			.append('|')
			.append(header(entry.type()))
			.append('|')
			.append(header(entry.type()))
			.append('|')
			.append(entry.alert() ? ALERT_SEVERITY : ENTRY_SEVERITY)
			.append('|');
		cef.append("rt=").append(entry.at().toEpochMilli());
		extension(cef, "externalId", Long.toString(entry.sequence()));
		extension(cef, "cn1Label", "sequence");
		extension(cef, "cn1", Long.toString(entry.sequence()));
		extension(cef, "cs1Label", "hash");
		extension(cef, "cs1", entry.hash());
		extension(cef, "cs2Label", "previousHash");
		extension(cef, "cs2", entry.previousHash());
		extension(cef, "cs3Label", "subject");
		extension(cef, "cs3", entry.subject());
		extension(cef, "cs4Label", "alert");
		extension(cef, "cs4", Boolean.toString(entry.alert()));
		if (this.hostname != null) {
			extension(cef, "dvchost", this.hostname);
		}
		extension(cef, "msg", entry.details());
		return cef.toString();
	}

	private static void extension(StringBuilder cef, String key, String value) {
		cef.append(' ').append(key).append('=').append(extensionValue(value));
	}

	/**
	 * A header field: {@code \} and {@code |} escaped; a line break, which the header
	 * cannot hold, becomes a space.
	 */
	static String header(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\', '|' -> escaped.append('\\').append(c);
				case '\r', '\n' -> escaped.append(' ');
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/**
	 * An extension value: {@code \} and {@code =} escaped, line breaks written as
	 * {@code \n} and {@code \r}.
	 */
	static String extensionValue(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\', '=' -> escaped.append('\\').append(c);
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
