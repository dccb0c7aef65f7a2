package org.cloakroom.kiosk.ble;

import java.util.UUID;

/**
 * An Apple iBeacon frame's proximity UUID, major and minor, as a badge or companion app
 * sends it; a major or minor outside 0..65535 is an {@link InvalidIdentity}.
 */
public record IBeaconIdentity(UUID uuid, int major, int minor) implements BleIdentity {

	public IBeaconIdentity {
		if (uuid == null) {
			throw new IllegalArgumentException("An iBeacon identity needs a UUID");
		}
		checkUnsigned16("major", major);
		checkUnsigned16("minor", minor);
	}

	private static void checkUnsigned16(String field, int value) {
		if (value < 0 || value > 0xFFFF) {
			throw InvalidIdentity.iBeaconField(field, value);
		}
	}

	@Override
	public String kind() {
		return "ibeacon";
	}

	@Override
	public String describe() {
		return "iBeacon " + this.uuid + " " + this.major + "/" + this.minor;
	}

}
