package org.cloakroom.kiosk.ble.bluez;

import java.util.List;

/**
 * What an inside adapter listens for: a passive monitor hears only advertisements that
 * match one of these (BlueZ ORs them; the kernel takes at most 16 per monitor). They
 * cover every sign the kiosk decodes (Apple's Continuity and iBeacon, Microsoft's CDP,
 * Google's and Exposure Notification's services, Eddystone), and the Flags values phones
 * and most beacons send, so fixed-address identities and resolvable private addresses are
 * heard whatever else they carry.
 */
final class ListenOnlyPatterns {

	private static final int FLAGS = 0x01;

	private static final int COMPLETE_16_BIT_UUIDS = 0x03;

	private static final int SERVICE_DATA_16_BIT = 0x16;

	private static final int MANUFACTURER_DATA = 0xFF;

	/** Company identifiers and 16-bit UUIDs are little-endian on air. */
	static final List<MonitorPattern> ALL = List.of(MonitorPattern.of(MANUFACTURER_DATA, "4c00"),
			MonitorPattern.of(MANUFACTURER_DATA, "0600"), MonitorPattern.of(SERVICE_DATA_16_BIT, "f3fe"),
			MonitorPattern.of(SERVICE_DATA_16_BIT, "f1fc"), MonitorPattern.of(SERVICE_DATA_16_BIT, "6ffd"),
			MonitorPattern.of(COMPLETE_16_BIT_UUIDS, "6ffd"), MonitorPattern.of(SERVICE_DATA_16_BIT, "aafe"),
			// LE general discoverable, with and without BR/EDR (Android, most beacons);
			// 0x1A and 0x18 are iPhones' (LE and BR/EDR on one controller)
			MonitorPattern.of(FLAGS, "02"), MonitorPattern.of(FLAGS, "06"), MonitorPattern.of(FLAGS, "1a"),
			MonitorPattern.of(FLAGS, "18"), MonitorPattern.of(FLAGS, "04"), MonitorPattern.of(FLAGS, "1e"));

	private ListenOnlyPatterns() {
	}

}
