package org.cloakroom.kiosk.fleet.ingest;

import java.util.List;

import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;

/**
 * A kiosk's entries central took, published after they committed (oldest first), for what
 * watches every kiosk (alerts across kiosks). Not audited: the entries are the kiosk's
 * own log.
 */
public record KioskEntriesIngested(long kioskId, String kioskName, String site, List<ForwardedEntry> entries) {

	public KioskEntriesIngested {
		entries = List.copyOf(entries);
	}

}
