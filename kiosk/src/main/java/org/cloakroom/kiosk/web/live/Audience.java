package org.cloakroom.kiosk.web.live;

/**
 * Who watches a live stream: the officer console gets each audit entry as a table row,
 * the kiosk screen (and the simulation panel) a nudge to refresh, the alerts stream each
 * alert an entry opened or changed, as JSON.
 */
public enum Audience {

	OFFICER("officer"), KIOSK("kiosk"), ALERTS("alerts");

	private final String label;

	Audience(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

}
