package org.cloakroom.kiosk.alert;

/**
 * An audited event that ends the episode its key names (the alert stays, gets its end).
 */
public interface EndsAlertEpisode {

	String episodeKey();

	java.time.Instant endedAt();

}
