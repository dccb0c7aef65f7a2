package org.cloakroom.kiosk.ble.decode;

import java.util.UUID;

/** Short (16- and 32-bit) Bluetooth UUIDs expanded with the Bluetooth base UUID. */
public final class BluetoothUuids {

	private static final long BASE_LSB = 0x8000_0080_5F9B_34FBL;

	private static final long BASE_MSB_LOW = 0x0000_1000L;

	/** Eddystone's service. */
	public static final UUID EDDYSTONE = of16(0xFEAA);

	/** Google Fast Pair's service. */
	public static final UUID FAST_PAIR = of16(0xFE2C);

	private BluetoothUuids() {
	}

	public static UUID of16(int shortUuid) {
		return of32(shortUuid & 0xFFFFL);
	}

	public static UUID of32(long shortUuid) {
		return new UUID(((shortUuid & 0xFFFF_FFFFL) << 32) | BASE_MSB_LOW, BASE_LSB);
	}

}
