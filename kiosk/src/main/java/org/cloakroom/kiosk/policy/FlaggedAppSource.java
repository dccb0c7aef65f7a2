package org.cloakroom.kiosk.policy;

import java.time.LocalDate;

/**
 * A public document that supports a catalogue entry. A source may be historical (an order
 * since revoked) and still be a reason; {@code note} says so.
 */
public record FlaggedAppSource(String title, LocalDate published, String url, String note) {

	public FlaggedAppSource {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A flagged-app source needs a title (url " + url + ")");
		}
		if (published == null) {
			throw new IllegalArgumentException("Flagged-app source '" + title + "' needs a publication date");
		}
		if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
			throw new IllegalArgumentException(
					"Flagged-app source '" + title + "' needs an http(s) url, got '" + url + "'");
		}
	}

}
