package org.cloakroom.kiosk.locker.gpio;

import java.util.List;
import java.util.Set;

/**
 * A chip or board between the Pi and some locks and sensors, which can stop answering
 * while the Pi runs on: an I/O expander on I2C or a locker board on RS-485. The Pi's own
 * header lines are not a controller: when they fail, the kiosk has failed.
 *
 * @param name its name in the wiring file ({@code doors-b}, {@code bank-a})
 * @param kind {@code expander} or {@code board}
 * @param lockerIds the lockers whose lock or sensors it carries
 * @param kioskLines the kiosk's own outputs and inputs on it ({@code fire-alarm},
 * {@code area-door-release}), by their wiring-file names
 */
public record Controller(String name, String kind, Set<Integer> lockerIds, List<String> kioskLines) {

	public Controller {
		lockerIds = Set.copyOf(lockerIds);
		kioskLines = List.copyOf(kioskLines);
	}

}
