package org.cloakroom.kiosk.ble.cli;

import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;

/**
 * A BLE identity as the field tools take it on the command line, alike in every tool:
 * {@code --irk} 32 hex digits, {@code --fixed} an address, {@code --ibeacon}
 * {@code uuid/major/minor}, {@code --eddystone} {@code namespace/instance}. The values
 * are checked by the identity records themselves; a malformed one is an
 * {@link IllegalArgumentException} saying what was wanted.
 */
final class IdentityArguments {

	private IdentityArguments() {
	}

	static IdentityResolvingKey irk(String text) {
		return IdentityResolvingKey.parseHex(text);
	}

	static FixedAddressIdentity fixed(String text) {
		return new FixedAddressIdentity(BleAddress.parse(text.strip()));
	}

	static IBeaconIdentity iBeacon(String text) {
		String[] parts = text.strip().split("/", -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException(
					"want uuid/major/minor, e.g. e2c56db5-dffb-48d2-b060-d0f5a71096e0/1/2, got '" + text + "'");
		}
		UUID uuid;
		try {
			uuid = UUID.fromString(parts[0]);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("the UUID is not a UUID: '" + parts[0] + "'");
		}
		return new IBeaconIdentity(uuid, number("major", parts[1]), number("minor", parts[2]));
	}

	static EddystoneUidIdentity eddystone(String text) {
		String[] parts = text.strip().split("/", -1);
		if (parts.length != 2) {
			throw new IllegalArgumentException("want namespace/instance (20 and 12 hex digits), got '" + text + "'");
		}
		return new EddystoneUidIdentity(parts[0], parts[1]);
	}

	private static int number(String field, String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("the " + field + " is not a number: '" + text + "'");
		}
	}

}
