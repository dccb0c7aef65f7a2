package org.cloakroom.kiosk.alert;

import java.time.Instant;

/**
 * The episode an alert is for: its key, when it started (the entry that raised the alert)
 * and when it ended (null while it lasts).
 */
public record AlertEpisode(String key, Instant startedAt, Instant endedAt) {

	public boolean ended() {
		return this.endedAt != null;
	}

}
