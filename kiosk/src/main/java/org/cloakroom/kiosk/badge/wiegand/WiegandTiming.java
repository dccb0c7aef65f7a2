package org.cloakroom.kiosk.badge.wiegand;

import java.time.Duration;

/**
 * What the decoder takes for a bit, for noise and for the end of a frame. SIA AC-01 (the
 * 26-bit Wiegand reader interface) allows pulses of 20–100 µs and 200 µs–20 ms from one
 * pulse to the next; readers send about 50 µs every 1–2 ms.
 *
 * @param frameTimeout the quiet that ends a frame: above the standard's longest spacing
 * (20 ms) with a margin, and short beside the 300 ms a read may take to reach the screen
 * @param minSpacing two pulses closer than this (falling edge to falling edge) are noise:
 * half the standard's shortest spacing, and no shorter than its longest pulse, so that
 * pulses on D0 and D1 at once always count as noise
 * @param minPulse a pulse shorter than this is a glitch, not a bit: half the standard's
 * shortest pulse (only where the rising edge is seen: Pi4J's mock provider)
 */
record WiegandTiming(Duration frameTimeout, Duration minSpacing, Duration minPulse) {

	static final WiegandTiming STANDARD = new WiegandTiming(Duration.ofMillis(25), Duration.ofNanos(100_000),
			Duration.ofNanos(10_000));

}
