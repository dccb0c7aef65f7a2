package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.text;

import java.time.Duration;

/**
 * A locker board on an RS-485 bus, named so that a locker's lock and door can refer to
 * it. Several boards may share one port (one bus) at different addresses. {@code baud}
 * defaults to the type's factory rate, {@code pollMs} (how often its door states are
 * read) to 100 ms.
 */
public record LockerBoard(String name, LockerBoardType type, String port, int address, @Omissible Integer baud,
		@Omissible Integer pollMs) {

	public static final int DEFAULT_POLL_MS = 100;

	public LockerBoard {
		text("name", name);
		present("type", type);
		text("port", port);
		if (!type.hasAddress(address)) {
			throw new InvalidWiringValue("address",
					"must be from " + type.addressRange() + " for a " + type.wiringName() + ", was " + address);
		}
		baud = (baud != null) ? baud : type.defaultBaud();
		InvalidWiringValue.atLeast("baud", baud, 1200);
		pollMs = (pollMs != null) ? pollMs : DEFAULT_POLL_MS;
		if (pollMs < 10 || pollMs > 5000) {
			throw new InvalidWiringValue("poll-ms", "must be from 10 to 5000 ms, was " + pollMs);
		}
	}

	public Duration poll() {
		return Duration.ofMillis(this.pollMs);
	}

}
