package org.cloakroom.kiosk.ble;

import java.time.Instant;

/**
 * A device that looks like a phone but matches no enrolled identity. {@code deviceKey} is
 * a keyed hash (HMAC-SHA256 under a key that lives only in memory and changes daily),
 * never the address in clear, and the constructor refuses an address; {@code kind} says
 * what it looked like ("iPhone").
 */
public record UnenrolledPhoneSighting(String deviceKey, String kind, Zone zone, Instant lastSeen) {

	public UnenrolledPhoneSighting {
		DeviceKeyText.checked("UnenrolledPhoneSighting", deviceKey);
	}
}
