package org.cloakroom.kiosk.ble;

import java.util.regex.Pattern;

/**
 * Guards the events and views about strangers: their device key must be the keyed hash,
 * never a Bluetooth address that slipped through, because those records reach the audit
 * log and the database.
 */
final class DeviceKeyText {

	private static final Pattern ADDRESS = Pattern.compile("(?i)\\p{XDigit}{2}([:-]?\\p{XDigit}{2}){5}");

	private DeviceKeyText() {
	}

	static String checked(String where, String deviceKey) {
		if (deviceKey == null || deviceKey.isBlank()) {
			throw new IllegalArgumentException(where + " needs a device key");
		}
		if (ADDRESS.matcher(deviceKey).matches()) {
			throw new IllegalArgumentException(
					where + "'s device key must be a keyed hash, not a Bluetooth address (refused, not shown)");
		}
		return deviceKey;
	}

}
