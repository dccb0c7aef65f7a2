package org.cloakroom.kiosk.ble.decode;

import java.util.UUID;

import org.cloakroom.kiosk.ble.IBeaconIdentity;

/**
 * An Apple iBeacon frame: Continuity type 0x02, length 0x15, UUID, major, minor
 * (big-endian) and the calibrated power at 1 m.
 */
public record IBeaconFrame(UUID uuid, int major, int minor, int measuredPower) {

	public IBeaconIdentity identity() {
		return new IBeaconIdentity(this.uuid, this.major, this.minor);
	}

}
