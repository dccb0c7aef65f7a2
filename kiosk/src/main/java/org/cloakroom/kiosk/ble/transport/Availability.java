package org.cloakroom.kiosk.ble.transport;

import java.util.Objects;

/**
 * What probing a transport found before it was chosen: it can scan here, with what it
 * found (for the start-up log line), or it cannot, with the reason.
 */
public record Availability(boolean usable, String detail) {

	public Availability {
		Objects.requireNonNull(detail, "availability detail");
	}

	public static Availability usable(String found) {
		return new Availability(true, found);
	}

	public static Availability unusable(String reason) {
		return new Availability(false, reason);
	}

}
