package org.cloakroom.kiosk.badge;

/**
 * One badge reader at the kiosk: a source of badge reads. It reads on a thread of its own
 * and hands each read, or each frame or card it could not read, to the sink; a reader
 * that loses its device says so in its health and keeps trying to get it back.
 */
public interface BadgeReader extends AutoCloseable {

	/** Its name in the wiring file ({@code simulated} for the simulation's). */
	String name();

	/** Starts reading into {@code sink}; returns at once. Called once. */
	void start(BadgeReadSink sink);

	/** Whether it is reading now, and if not, why. */
	ReaderHealth health();

	/** Stops reading and lets go of the device (an exclusive grab included). */
	@Override
	void close();

}
