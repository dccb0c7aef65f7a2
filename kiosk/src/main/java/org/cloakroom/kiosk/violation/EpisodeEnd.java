package org.cloakroom.kiosk.violation;

/** Why an episode ended. */
public enum EpisodeEnd {

	/** Its condition stayed false for the quiet period. */
	QUIET,
	/** The phone was stored. */
	STORED,
	/** The phone was taken out of its locker. */
	COLLECTED

}
