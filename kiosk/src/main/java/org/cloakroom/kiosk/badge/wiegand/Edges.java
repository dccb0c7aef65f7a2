package org.cloakroom.kiosk.badge.wiegand;

/**
 * Where an edge source hands a Wiegand reader's edges, each with its time in nanoseconds
 * on the source's own time line (only differences count). Calls come in time order.
 */
interface Edges {

	/** A line pulled low: the start of a bit. */
	void falling(WiegandLine line, long nanos);

	/** A line let go: the end of a bit (only sources that see both edges report it). */
	void rising(WiegandLine line, long nanos);

	/**
	 * The time is now {@code nanos}: ends a frame that has been quiet for the frame
	 * timeout, so that the decision follows the source's time, never a sleep.
	 */
	void tick(long nanos);

	/**
	 * Edges were lost (the reading thread fell behind): the frame under way is
	 * unreadable.
	 */
	void lost(String why);

}
