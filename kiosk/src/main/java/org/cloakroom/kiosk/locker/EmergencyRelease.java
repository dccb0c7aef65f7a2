package org.cloakroom.kiosk.locker;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Every locker and the area door open at once, on the fire-alarm input or an admin's
 * emergency open, until an admin returns the door to normal once the input has cleared.
 * (Issue 13 scaffolding: the contract other screens read; the locker helper makes it
 * real: persisted, audited, driving the locks.)
 */
@Service
public class EmergencyRelease {

	private final Clock clock;

	private volatile EmergencyView current;

	EmergencyRelease(Clock clock) {
		this.clock = clock;
	}

	/** The release in force, if any. */
	public Optional<EmergencyView> current() {
		return Optional.ofNullable(this.current);
	}

	/** The admin's emergency open (typed confirmation checked by the console). */
	public EmergencyView openEverything(String by, String reason) {
		this.current = new EmergencyView(this.clock.instant(), by, reason, false);
		return this.current;
	}

	/** Back to normal: only an admin, only once the fire-alarm input reads clear. */
	public void returnToNormal(String by, String note) {
		this.current = null;
	}

}
