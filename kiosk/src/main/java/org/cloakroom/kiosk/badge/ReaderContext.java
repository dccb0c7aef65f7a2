package org.cloakroom.kiosk.badge;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What a reader needs from the kiosk besides its own wiring.
 *
 * @param clock when a read happened
 * @param gpioProvider {@code mock} or {@code gpiod}, as
 * {@code cloakroom.locker.gpio-provider} says: the lines a Wiegand reader's wires are on
 * @param wiringFile the file the reader's wiring came from, for messages
 */
public record ReaderContext(Clock clock, String gpioProvider, Path wiringFile) {

}
