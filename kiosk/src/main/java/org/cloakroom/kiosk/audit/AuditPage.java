package org.cloakroom.kiosk.audit;

import java.util.List;

/**
 * One page of a search, newest first (oldest first when read forward with {@code after});
 * {@code next} is the cursor for the page after it (the last entry's sequence, passed as
 * {@code before} or {@code after}), null on the last page.
 */
public record AuditPage(List<AuditEntry> entries, Long next) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

}
