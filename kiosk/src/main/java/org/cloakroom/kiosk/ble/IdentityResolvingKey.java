package org.cloakroom.kiosk.ble;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A phone's 16-byte Identity Resolving Key, written as 32 hex digits most significant
 * byte first (as BlueZ's info file and the Core Specification's sample data write it). A
 * secret: {@link #toString()} never shows it.
 */
public record IdentityResolvingKey(byte[] key) implements BleIdentity {

	public IdentityResolvingKey {
		if (key == null || key.length != 16) {
			throw new IllegalArgumentException(
					"An IRK is 16 bytes, got " + (key == null ? "none" : key.length + " bytes"));
		}
		key = key.clone();
	}

	public static IdentityResolvingKey parseHex(String hex) {
		String digits = (hex == null) ? "" : hex.strip().toLowerCase(Locale.ROOT);
		if (digits.startsWith("0x")) {
			digits = digits.substring(2);
		}
		if (!digits.matches("\\p{XDigit}{32}")) {
			throw new IllegalArgumentException(
					"An IRK is 32 hex digits, got " + (hex == null ? "none" : digits.length() + " characters"));
		}
		return new IdentityResolvingKey(HexFormat.of().parseHex(digits));
	}

	@Override
	public byte[] key() {
		return this.key.clone();
	}

	/** The key as 32 lower-case hex digits; only for encrypting it at rest. */
	public String toHex() {
		return HexFormat.of().formatHex(this.key);
	}

	@Override
	public String kind() {
		return "irk";
	}

	@Override
	public String describe() {
		return "identity resolving key";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IdentityResolvingKey that && Arrays.equals(this.key, that.key);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.key);
	}

	@Override
	public String toString() {
		return "IdentityResolvingKey[hidden]";
	}

}
