package org.cloakroom.kiosk.siem;

import org.cloakroom.kiosk.audit.AuditEntry;

/** The body (MSG) of the syslog message that carries an entry: JSON or CEF. */
interface EntryBody {

	String of(AuditEntry entry);

	static EntryBody of(SiemProperties.Format format, String hostname) {
		return switch (format) {
			case JSON -> new JsonEntryBody();
			case CEF -> new CefEntryBody(hostname);
		};
	}

}
