package org.cloakroom.kiosk.enrolment;

import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;

/**
 * The clear text form of the identities that are not secret, as stored in
 * {@code ble_identity.stored_value}: {@code ibeacon} = {@code <uuid>/<major>/<minor>},
 * {@code eddystone-uid} = {@code <namespace hex>/<instance hex>}, {@code address} =
 * {@code AA:BB:CC:DD:EE:FF}. IRKs never take this path: they are encrypted.
 */
final class IdentityText {

	private IdentityText() {
	}

	static String format(BleIdentity identity) {
		if (identity instanceof IBeaconIdentity beacon) {
			return beacon.uuid() + "/" + beacon.major() + "/" + beacon.minor();
		}
		if (identity instanceof EddystoneUidIdentity eddystone) {
			return eddystone.namespace() + "/" + eddystone.instance();
		}
		if (identity instanceof FixedAddressIdentity fixed) {
			return fixed.address().toString();
		}
		throw new IllegalArgumentException("A " + identity.kind() + " identity has no clear text form");
	}

	static BleIdentity parse(String kind, String text) {
		String[] parts = text.split("/");
		switch (kind) {
			case "ibeacon":
				return new IBeaconIdentity(UUID.fromString(parts[0]), Integer.parseInt(parts[1]),
						Integer.parseInt(parts[2]));
			case "eddystone-uid":
				return new EddystoneUidIdentity(parts[0], parts[1]);
			case "address":
				return new FixedAddressIdentity(BleAddress.parse(text));
			default:
				throw new IllegalArgumentException("Unknown BLE identity kind '" + kind + "'");
		}
	}

}
