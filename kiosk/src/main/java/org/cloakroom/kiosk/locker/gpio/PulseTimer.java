package org.cloakroom.kiosk.locker.gpio;

import java.time.Duration;

/**
 * Ends timed pulses. The application's runs them on a scheduled executor; tests run them
 * when they choose, so that no test sleeps through a pulse.
 */
interface PulseTimer {

	/** Runs {@code task} once after {@code delay}, unless cancelled first. */
	Scheduled after(Duration delay, Runnable task);

	/** A task not yet run. */
	@FunctionalInterface
	interface Scheduled {

		void cancel();

	}

}
