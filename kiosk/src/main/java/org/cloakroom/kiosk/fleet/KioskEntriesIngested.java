package org.cloakroom.kiosk.fleet;

import java.util.List;

import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;

/**
 * Central took a registered kiosk's forwarded entries into its copy of the kiosk's chain
 * (published by the ingest after commit; duplicates are not among them).
 * <p>
 * Written from ISSUE17.md's words for the consoles (helper E) while the ingest (helper B)
 * writes its own: the merge keeps one.
 */
public record KioskEntriesIngested(long kioskId, String kioskName, String site, List<ForwardedEntry> entries) {

	public KioskEntriesIngested {
		entries = List.copyOf(entries);
	}

}
