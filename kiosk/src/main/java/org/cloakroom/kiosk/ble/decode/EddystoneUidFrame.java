package org.cloakroom.kiosk.ble.decode;

import org.cloakroom.kiosk.ble.EddystoneUidIdentity;

/**
 * An Eddystone-UID frame (service 0xFEAA, frame type 0x00): ranging power at 0 m, 10-byte
 * namespace and 6-byte instance as lower-case hex.
 */
public record EddystoneUidFrame(int rangingPower, String namespace, String instance) {

	public EddystoneUidIdentity identity() {
		return new EddystoneUidIdentity(this.namespace, this.instance);
	}

}
