package org.cloakroom.kiosk.ble.decode;

import java.util.UUID;

/** Short (16- and 32-bit) Bluetooth UUIDs expanded with the Bluetooth base UUID. */
public final class BluetoothUuids {

	private static final long BASE_LSB = 0x8000_0080_5F9B_34FBL;

	private static final long BASE_MSB_LOW = 0x0000_1000L;

	/** Eddystone's service. */
	public static final UUID EDDYSTONE = of32(0xFEAA);

	/** Google Fast Pair's service. */
	public static final UUID FAST_PAIR = of32(0xFE2C);

	/**
	 * Google LLC's service, used by Android's Nearby (Quick Share, Nearby Connections).
	 */
	public static final UUID GOOGLE_NEARBY = of32(0xFEF3);

	/** Google LLC's service, used by Android's cross-device and Nearby presence. */
	public static final UUID GOOGLE_PRESENCE = of32(0xFCF1);

	/** The Exposure Notification service (Apple and Google, on both platforms). */
	public static final UUID EXPOSURE_NOTIFICATION = of32(0xFD6F);

	private BluetoothUuids() {
	}

	public static UUID of16(int shortUuid) {
		return of32(shortUuid & 0xFFFFL);
	}

	public static UUID of32(long shortUuid) {
		UUID known = known(shortUuid);
		return (known != null) ? known : new UUID(((shortUuid & 0xFFFF_FFFFL) << 32) | BASE_MSB_LOW, BASE_LSB);
	}

	/** The 16-bit value of a UUID made from the base UUID, or -1 for any other. */
	public static int shortOf(UUID uuid) {
		long msb = uuid.getMostSignificantBits();
		if (uuid.getLeastSignificantBits() != BASE_LSB || (msb & 0xFFFF_FFFFL) != BASE_MSB_LOW || (msb >>> 48) != 0) {
			return -1;
		}
		return (int) (msb >>> 32);
	}

	/** The constants above without allocating, so the hot path reuses them. */
	private static UUID known(long shortUuid) {
		if (EXPOSURE_NOTIFICATION == null) {
			return null; // still initialising the constants
		}
		if (shortUuid == 0xFEAA) {
			return EDDYSTONE;
		}
		if (shortUuid == 0xFE2C) {
			return FAST_PAIR;
		}
		if (shortUuid == 0xFEF3) {
			return GOOGLE_NEARBY;
		}
		if (shortUuid == 0xFCF1) {
			return GOOGLE_PRESENCE;
		}
		return (shortUuid == 0xFD6F) ? EXPOSURE_NOTIFICATION : null;
	}

}
