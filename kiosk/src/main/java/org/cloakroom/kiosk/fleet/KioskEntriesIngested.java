package org.cloakroom.kiosk.fleet;

import java.util.List;

import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;

/**
 * Central took a registered kiosk's forwarded entries into its copy of the kiosk's chain
 * (published by the ingest once they committed, oldest first; duplicates are not among
 * them), for what watches every kiosk: the consoles open the alerts they raise. Not
 * audited: the entries are the kiosk's own log.
 */
public record KioskEntriesIngested(long kioskId, String kioskName, String site, List<ForwardedEntry> entries) {

	public KioskEntriesIngested {
		entries = List.copyOf(entries);
	}

}
