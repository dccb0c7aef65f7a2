package org.cloakroom.kiosk.ble.cli;

import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.identity.Ah;

/**
 * The answer of {@code ble resolve}. {@code addressType} is read from the two top bits of
 * a random address (a public address cannot be told from its bits); {@code prand},
 * {@code hash} and {@code expectedHash} (= {@code ah(irk, prand)}) are shown for a
 * resolvable private address; {@code reason} says why it did not resolve.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AddressResolution(boolean resolved, String address, String addressType, String prand, String hash,
		String expectedHash, String reason) {

	static AddressResolution of(IdentityResolvingKey irk, BleAddress address) {
		long value = address.value();
		String type = typeOf(value);
		if (!address.isResolvablePrivate()) {
			return new AddressResolution(false, address.toString(), type, null, null, null,
					"not a resolvable private address: its two top bits are " + topBits(value) + " (" + type
							+ "), and only 01 (first digit 4 to 7) is resolvable");
		}
		int prand = (int) (value >>> 24);
		int hash = (int) (value & 0xFF_FFFF);
		int random = prand & 0x3F_FFFF;
		int expected = new Ah(irk).hash(prand);
		String reason = null;
		if (random == 0 || random == 0x3F_FFFF) {
			reason = "prand's random part is all " + ((random == 0) ? "zeros" : "ones")
					+ ", which the Core Specification does not allow";
		}
		else if (expected != hash) {
			reason = "the hash " + hex24(hash) + " is not ah(irk, prand) = " + hex24(expected)
					+ ": the address was made with another IRK" + reversedHint(irk, prand, hash);
		}
		return new AddressResolution(reason == null, address.toString(), type, hex24(prand), hex24(hash),
				hex24(expected), reason);
	}

	/** Keys copied from some tools come least significant byte first. */
	private static String reversedHint(IdentityResolvingKey irk, int prand, int hash) {
		byte[] reversed = irk.key();
		for (int i = 0; i < 8; i++) {
			byte swap = reversed[i];
			reversed[i] = reversed[15 - i];
			reversed[15 - i] = swap;
		}
		boolean matches = new Ah(new IdentityResolvingKey(reversed)).hash(prand) == hash;
		return matches ? " (but it resolves with the IRK's bytes reversed: give the key most significant byte first)"
				: "";
	}

	private static String typeOf(long value) {
		return switch ((int) (value >>> 46)) {
			case 0b00 -> "non-resolvable private (or public)";
			case 0b01 -> "resolvable private";
			case 0b11 -> "static random (or public)";
			default -> "reserved (or public)";
		};
	}

	private static String topBits(long value) {
		int bits = (int) (value >>> 46);
		return "" + (bits >> 1) + (bits & 1);
	}

	private static String hex24(int value) {
		return HexFormat.of().toHexDigits(value).substring(2);
	}

}
