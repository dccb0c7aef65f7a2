package org.cloakroom.kiosk.ble.decode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Collects one advertisement's values while the decoder walks it. */
final class AdFieldsBuilder {

	int flags = -1;

	String localName;

	Integer txPower;

	final Map<Integer, byte[]> manufacturerData = new HashMap<>(4);

	final Map<UUID, byte[]> serviceData = new HashMap<>(4);

	final List<UUID> serviceUuids = new ArrayList<>(2);

	IBeaconFrame iBeacon;

	EddystoneUidFrame eddystoneUid;

	long continuityTypes;

	boolean fastPair;

	int malformed;

	void manufacturer(int companyId, byte[] payload) {
		this.manufacturerData.put(companyId, payload);
		if (companyId == AdFields.APPLE) {
			Frames.continuity(payload, this);
		}
	}

	void service(UUID uuid, byte[] data) {
		this.serviceData.put(uuid, data);
		if (BluetoothUuids.EDDYSTONE.equals(uuid)) {
			Frames.eddystone(data, this);
		}
		else if (BluetoothUuids.FAST_PAIR.equals(uuid)) {
			this.fastPair = true;
		}
	}

	AdFields build() {
		return new AdFields(this.flags, this.localName, this.txPower, this.manufacturerData, this.serviceData,
				this.serviceUuids, this.iBeacon, this.eddystoneUid, this.continuityTypes, this.fastPair,
				this.malformed);
	}

}
