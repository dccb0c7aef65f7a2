package org.cloakroom.kiosk.fleet.wire;

import java.util.List;

/**
 * Central's answer to {@code GET /api/v1/fleet/events?after=N}: the entries of the asking
 * kiosk's chain central holds after {@code N}, oldest first, at most
 * {@link EventBatch#MAX_ENTRIES}; none when it holds nothing more. A restored kiosk
 * catches up with them ({@code fleet catch-up}).
 */
public record HeldEntries(List<ForwardedEntry> entries) {

	public HeldEntries {
		entries = (entries != null) ? List.copyOf(entries) : List.of();
	}

}
