package org.cloakroom.kiosk.ble.simulated;

import java.time.Duration;

import org.cloakroom.kiosk.ble.BleIdentity;

/**
 * A phone in the simulated world. {@code identity} is what it advertises (an IRK makes it
 * advertise rotating resolvable private addresses); {@code null} makes it an unenrolled
 * phone that only shows a {@code model}'s fingerprint (Apple Continuity for "iPhone",
 * Google Nearby for "Android"). {@code rssiOffsetDb} models the ±15 dB spread between
 * phone models.
 */
public record VirtualPhone(String key, String model, BleIdentity identity, Duration advertisingInterval,
		double rssiOffsetDb) {
}
