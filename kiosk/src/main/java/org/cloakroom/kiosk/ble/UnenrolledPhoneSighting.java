package org.cloakroom.kiosk.ble;

import java.time.Instant;

/**
 * A device that looks like a phone but matches no enrolled identity. {@code deviceKey} is
 * a keyed hash, never the address in clear; {@code kind} says what it looked like
 * ("iPhone").
 */
public record UnenrolledPhoneSighting(String deviceKey, String kind, Zone zone, Instant lastSeen) {
}
