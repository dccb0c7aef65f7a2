package org.cloakroom.kiosk.ble;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Devices no test has seen before: fresh addresses and beacon identities on every run
 * (the seed is in every failure message through the values themselves).
 */
public final class StandInDevices {

	private final Random random = new Random();

	/**
	 * A public-looking address: the two top bits 00, so no backend takes it as random.
	 */
	public String publicAddress() {
		return address(0x00);
	}

	/** A static random address: the two top bits 11. */
	public String staticRandomAddress() {
		return address(0xC0);
	}

	private String address(int topBits) {
		byte[] bytes = new byte[6];
		this.random.nextBytes(bytes);
		bytes[0] = (byte) ((bytes[0] & 0x3F) | topBits);
		return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes).toUpperCase(Locale.ROOT);
	}

	public int major() {
		return this.random.nextInt(65536);
	}

	/**
	 * Apple's iBeacon payload (after the company id): 02 15, UUID, major, minor, power.
	 */
	public static byte[] iBeacon(UUID uuid, int major, int minor, int measuredPower) {
		return ByteBuffer.allocate(23)
			.put((byte) 0x02)
			.put((byte) 0x15)
			.putLong(uuid.getMostSignificantBits())
			.putLong(uuid.getLeastSignificantBits())
			.putShort((short) major)
			.putShort((short) minor)
			.put((byte) measuredPower)
			.array();
	}

}
