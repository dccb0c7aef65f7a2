package org.cloakroom.kiosk.badge;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * What a reader needs from the kiosk besides its own wiring.
 *
 * @param clock when a read happened
 * @param gpioProvider {@code mock} or {@code gpiod}, as
 * {@code cloakroom.locker.gpio-provider} says: the lines a Wiegand reader's wires are on
 * @param wiringFile the file the reader's wiring came from, for messages
 * @param typingGap how long a keyboard wedge may pause within one number before what it
 * typed so far is dropped ({@code cloakroom.badge.typing-gap})
 */
public record ReaderContext(Clock clock, String gpioProvider, Path wiringFile, Duration typingGap) {

	public ReaderContext {
		if (typingGap == null || typingGap.isNegative() || typingGap.isZero()) {
			throw new IllegalArgumentException("typing gap must be positive, was " + typingGap);
		}
	}

	/** With the default typing gap. */
	public ReaderContext(Clock clock, String gpioProvider, Path wiringFile) {
		this(clock, gpioProvider, wiringFile, BadgeProperties.DEFAULT_TYPING_GAP);
	}

}
