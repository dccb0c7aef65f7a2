package org.cloakroom.kiosk.badge.wiegand;

/** A reader's two lines, requested together and let go together. */
interface EventLines extends AutoCloseable {

	EventLine line(WiegandLine line);

	@Override
	void close();

	/** Requests both lines, or says why they cannot be had. */
	@FunctionalInterface
	interface Opener {

		EventLines open();

	}

}
