package org.cloakroom.kiosk.ble.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.EnrolledIdentity;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;

/** The enrolled identities indexed for lookup: maps for beacons and addresses, IRKs. */
final class IdentityDirectory {

	static final IdentityDirectory EMPTY = new IdentityDirectory(List.of());

	final Map<IBeaconIdentity, EnrolledPhone> iBeacons = new HashMap<>();

	final Map<EddystoneUidIdentity, EnrolledPhone> eddystoneUids = new HashMap<>();

	final LongMap<EnrolledPhone> fixedAddresses = new LongMap<>();

	final List<IrkEntry> irks = new ArrayList<>();

	IdentityDirectory(List<EnrolledIdentity> identities) {
		for (EnrolledIdentity enrolled : identities) {
			add(enrolled, new EnrolledPhone(enrolled.phoneId(), enrolled.identityId()));
		}
	}

	// BleIdentity is the enrolment module's API; its four cases are matched here, at the
	// edge, rather than giving the API type a BLE-internal visitor.
	private void add(EnrolledIdentity enrolled, EnrolledPhone phone) {
		if (enrolled.identity() instanceof IdentityResolvingKey irk) {
			this.irks.add(new IrkEntry(new Ah(irk), phone));
		}
		else if (enrolled.identity() instanceof IBeaconIdentity beacon) {
			this.iBeacons.put(beacon, phone);
		}
		else if (enrolled.identity() instanceof EddystoneUidIdentity eddystone) {
			this.eddystoneUids.put(eddystone, phone);
		}
		else if (enrolled.identity() instanceof FixedAddressIdentity fixed) {
			this.fixedAddresses.put(fixed.address().value(), phone);
		}
	}

	record IrkEntry(Ah ah, EnrolledPhone phone) {
	}

}
