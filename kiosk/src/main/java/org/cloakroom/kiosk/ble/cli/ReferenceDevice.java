package org.cloakroom.kiosk.ble.cli;

import java.util.List;
import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.EnrolledIdentity;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.decode.AdDecoder;
import org.cloakroom.kiosk.ble.identity.IdentityResolver;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import picocli.CommandLine.Option;

/**
 * The device {@code ble calibrate} listens for, named by exactly one identity, and
 * whether a packet is from it (through the kiosk's own identity resolution).
 */
final class ReferenceDevice {

	@Option(names = "--irk", paramLabel = "<32 hex>", description = "The reference device's IRK.")
	String irk;

	@Option(names = "--ibeacon", paramLabel = "UUID/MAJOR/MINOR", description = "The reference device's iBeacon.")
	String iBeacon;

	@Option(names = "--eddystone", paramLabel = "NAMESPACE/INSTANCE",
			description = "The reference device's Eddystone-UID: 20 and 12 hex digits.")
	String eddystoneUid;

	@Option(names = "--fixed", paramLabel = "AA:BB:CC:DD:EE:FF",
			description = "The reference device's fixed (public or static random) address.")
	String address;

	/** The identity given; an {@link IllegalArgumentException} names the option. */
	BleIdentity identity() {
		try {
			if (this.irk != null) {
				return IdentityArguments.irk(this.irk);
			}
			if (this.iBeacon != null) {
				return IdentityArguments.iBeacon(this.iBeacon);
			}
			if (this.eddystoneUid != null) {
				return IdentityArguments.eddystone(this.eddystoneUid);
			}
			return IdentityArguments.fixed(this.address);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(option() + ": " + ex.getMessage().lines().findFirst().orElse(""), ex);
		}
	}

	/** A matcher for packets of {@code identity}; not thread-safe. */
	static Matcher matcher(BleIdentity identity) {
		IdentityResolver resolver = new IdentityResolver(() -> List.of(new EnrolledIdentity(1, identity)));
		return (ad) -> resolver.resolve(ad.address(), ad.addressType(), AdDecoder.decode(ad),
				ad.time()) instanceof EnrolledPhone;
	}

	private String option() {
		return (this.irk != null) ? "--irk"
				: (this.iBeacon != null) ? "--ibeacon" : (this.eddystoneUid != null) ? "--eddystone" : "--fixed";
	}

	/** Whether a packet is from the reference device. */
	interface Matcher {

		boolean matches(Advertisement advertisement);

	}

}
