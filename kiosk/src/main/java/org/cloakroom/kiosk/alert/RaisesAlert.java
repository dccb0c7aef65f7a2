package org.cloakroom.kiosk.alert;

/** An audited event that puts an item on the officers' queue. */
public interface RaisesAlert {

	AlertSeverity severity();

	/**
	 * One alert per open episode key; null = every such entry opens an alert of its own.
	 */
	default String episodeKey() {
		return null;
	}

}
