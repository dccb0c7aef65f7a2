package org.cloakroom.kiosk.policy;

import java.time.Instant;

/**
 * A catalogue entry as administrators see it: the app with only its own identifiers (an
 * alias has none), and whether and why it was retired. A retired entry matches nothing.
 */
public record CatalogueEntry(FlaggedApp app, Instant retiredAt, String retiredBecause) {

	public boolean retired() {
		return this.retiredAt != null;
	}

}
