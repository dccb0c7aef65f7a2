package org.cloakroom.kiosk.alert;

import java.time.Instant;

/**
 * Who took a step on an alert (acknowledged or resolved it), when, and their note (null
 * when none was given).
 */
public record AlertStep(String by, Instant at, String note) {

	public AlertStep {
		if (by == null || by.isBlank() || at == null) {
			throw new IllegalArgumentException(
					"A step on an alert names who took it and when, was " + by + " at " + at);
		}
	}

}
