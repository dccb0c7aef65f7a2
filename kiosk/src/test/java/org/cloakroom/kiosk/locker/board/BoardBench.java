package org.cloakroom.kiosk.locker.board;

/**
 * The far end of a test's RS-485 bus, standing in for a locker board with its locks and
 * door switches: channel n is locker n in the tests' wiring files.
 */
public interface BoardBench extends AutoCloseable {

	/** Moves the door on {@code channel}. */
	void door(int channel, boolean shut);

	/** Whether the board drives the lock on {@code channel} open now. */
	boolean unlocked(int channel);

	/** Every door shut, every lock off, answering. */
	void reset();

	@Override
	void close();

}
