package org.cloakroom.kiosk;

import java.time.Duration;

import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;

/**
 * Moves time for tests of the whole program in the simulation: the test owns the clock,
 * and the virtual radio advances only when the test steps it, as the scheduler would
 * every 200 ms.
 */
public final class SimulationTestSupport {

	private static final Duration STEP = Duration.ofMillis(200);

	private final MutableClock clock;

	private final VirtualRadio radio;

	public SimulationTestSupport(MutableClock clock, VirtualRadio radio) {
		this.clock = clock;
		this.radio = radio;
	}

	/**
	 * Lets simulated time pass, stepping the radio as the application's scheduler would.
	 */
	public void pass(Duration duration) {
		for (Duration passed = Duration.ZERO; passed.compareTo(duration) < 0; passed = passed.plus(STEP)) {
			this.clock.advance(STEP);
			this.radio.step(this.clock.instant());
		}
	}

	/**
	 * Walks a virtual phone somewhere and waits long enough for proximity to settle
	 * there.
	 */
	public void walk(String phoneKey, VirtualPosition position) {
		this.radio.moveTo(phoneKey, position);
		pass(Duration.ofSeconds(6));
	}

}
