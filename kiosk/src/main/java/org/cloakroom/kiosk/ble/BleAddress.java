package org.cloakroom.kiosk.ble;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A 48-bit Bluetooth device address, most significant byte first as written
 * ({@code AA:BB:CC:DD:EE:FF}).
 */
public record BleAddress(long value) {

	private static final Pattern TEXT = Pattern.compile("\\p{XDigit}{2}(:\\p{XDigit}{2}){5}");

	public BleAddress {
		if (value < 0 || value > 0xFFFF_FFFF_FFFFL) {
			throw new IllegalArgumentException("BLE address out of range: " + Long.toHexString(value));
		}
	}

	/**
	 * The address written {@code AA:BB:CC:DD:EE:FF}.
	 * @throws InvalidIdentity when {@code text} is not written so
	 */
	public static BleAddress parse(String text) {
		if (text == null || !TEXT.matcher(text).matches()) {
			throw InvalidIdentity.address(text);
		}
		return new BleAddress(HexFormat.fromHexDigitsToLong(text.replace(":", "")));
	}

	/** The address as six bytes, most significant first. */
	public byte[] toBytes() {
		byte[] bytes = new byte[6];
		for (int i = 0; i < 6; i++) {
			bytes[i] = (byte) (this.value >>> (8 * (5 - i)));
		}
		return bytes;
	}

	/**
	 * The two most significant bits of a random address: 01 marks a resolvable private
	 * one.
	 */
	public boolean isResolvablePrivate() {
		return (this.value >>> 46) == 0b01;
	}

	@Override
	public String toString() {
		String hex = HexFormat.of().withUpperCase().toHexDigits(this.value).substring(4);
		StringBuilder text = new StringBuilder(17);
		for (int i = 0; i < 12; i += 2) {
			if (i > 0) {
				text.append(':');
			}
			text.append(hex, i, i + 2);
		}
		return text.toString();
	}

}
