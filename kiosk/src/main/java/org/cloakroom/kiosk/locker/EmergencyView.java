package org.cloakroom.kiosk.locker;

import java.time.Instant;

/**
 * An emergency release in force: every locker and the area door open since {@code since},
 * because of the fire-alarm input ({@code by} null) or an admin's emergency open
 * ({@code by} names the admin). {@code inputActive}: the fire-alarm input still reads
 * active, so the release cannot end yet.
 */
public record EmergencyView(Instant since, String by, String reason, boolean inputActive) {

	public boolean fromFireAlarm() {
		return this.by == null;
	}

}
