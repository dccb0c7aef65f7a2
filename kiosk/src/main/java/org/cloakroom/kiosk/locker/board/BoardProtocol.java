package org.cloakroom.kiosk.locker.board;

/**
 * One try at talking to one locker board: no retries here. Each method throws
 * {@link KrCu16Frames.BadFrame} or {@link BoardException} when the reply is absent,
 * garbled or refused.
 */
interface BoardProtocol {

	/** Each channel's switch, index 0 = channel 1: true while closed (door shut). */
	boolean[] readClosed();

	/**
	 * Opens the lock on {@code channel}: the board's own pulse, or a coil switched on.
	 */
	void open(int channel);

	/**
	 * Ends what {@link #open} started where the kiosk times it (a coil); else nothing.
	 */
	void release(int channel);

	/** "kr-cu16 at address 0 on /dev/ttyUSB0", for messages. */
	String where();

}
