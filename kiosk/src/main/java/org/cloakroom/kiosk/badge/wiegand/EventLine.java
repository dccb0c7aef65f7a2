package org.cloakroom.kiosk.badge.wiegand;

/** One line whose falling edges the kernel queues with their time stamps. */
interface EventLine {

	/** Whether an edge is queued, waiting up to {@code nanos} for one. */
	boolean await(long nanos);

	/**
	 * The next queued edge's time stamp; only after {@link #await} said one is queued.
	 */
	long next();

}
