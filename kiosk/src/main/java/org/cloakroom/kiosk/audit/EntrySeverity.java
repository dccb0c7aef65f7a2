package org.cloakroom.kiosk.audit;

import java.util.Locale;

/**
 * A log entry's severity for search: {@code alert} (its alert flag), {@code notice} (its
 * type is a notice's, {@code cloakroom.audit.search.notice-types}) or {@code info}.
 */
public enum EntrySeverity {

	ALERT, NOTICE, INFO;

	/** The word on the wire: {@code alert}, {@code notice}, {@code info}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @throws AuditRefusal naming the filter {@code severity} for any other word
	 */
	public static EntrySeverity of(String word) {
		for (EntrySeverity severity : values()) {
			if (severity.word().equalsIgnoreCase(word)) {
				return severity;
			}
		}
		throw AuditRefusal.unknownFilterValue(AuditFilter.SEVERITY, word);
	}

}
