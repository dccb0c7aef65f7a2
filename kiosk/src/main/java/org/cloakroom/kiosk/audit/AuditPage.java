package org.cloakroom.kiosk.audit;

import java.util.List;

/**
 * One page of a search, newest first (oldest first when read forward with {@code after});
 * {@code cursor} is where the page after it starts, null on the last page: passed as
 * {@code before} or {@code after}, as text. In a kiosk's own log it is the last entry's
 * sequence, which {@code next} holds as a number; centrally the last entry's place in the
 * order of every kiosk's entries (see {@link CentralCursor}), and {@code next} is null.
 */
public record AuditPage(List<AuditEntry> entries, Long next, String cursor) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	/** A page of a kiosk's own log, paged on the sequence. */
	public AuditPage(List<AuditEntry> entries, Long next) {
		this(entries, next, (next != null) ? next.toString() : null);
	}

}
