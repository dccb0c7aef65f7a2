package org.cloakroom.kiosk.policy;

/** What the area policy does about a phone nobody enrolled, heard inside the area. */
public enum UnenrolledInsideAction {

	/** An alert on the officers' queue, one per episode. */
	ALERT,
	/** Counted (the violations' health details), not alerted. */
	COUNT

}
