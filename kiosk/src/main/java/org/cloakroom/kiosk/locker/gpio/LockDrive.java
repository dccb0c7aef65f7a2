package org.cloakroom.kiosk.locker.gpio;

import java.time.Duration;

/**
 * What opens one locker's lock: an output line (on the header or an expander) or a
 * channel of a locker board. Every method throws {@link GpioException} naming the lock
 * when the hardware fails.
 */
public interface LockDrive {

	/** Locked: the line at its locked level, any pulse ended. */
	void lock();

	/** Unlocked as wired: held until {@link #lock()}, or a pulse. */
	void unlock();

	/**
	 * Unlocked for {@code length} (the console's test pulse); a drive whose pulse is
	 * wired or timed by its board uses that instead.
	 */
	void pulse(Duration length);

	/** Whether the lock is being driven open now. */
	boolean isUnlocked();

}
