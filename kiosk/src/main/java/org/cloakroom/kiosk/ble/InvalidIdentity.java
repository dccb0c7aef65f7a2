package org.cloakroom.kiosk.ble;

import org.cloakroom.kiosk.Refusal;

/**
 * A BLE identity given as text or numbers (to enrol a phone, say) that is malformed. The
 * words are {@code refusal.<code>} in {@code messages/ble.properties}; the arguments are
 * text, so that no number is grouped.
 */
public final class InvalidIdentity extends Refusal {

	private InvalidIdentity(String code, String... arguments) {
		super(Kind.INVALID, code, (Object[]) arguments);
	}

	/** Not {@code AA:BB:CC:DD:EE:FF}. */
	static InvalidIdentity address(String text) {
		return new InvalidIdentity("identity-address-malformed", String.valueOf(text));
	}

	/** An iBeacon's {@code major} or {@code minor} outside 0..65535. */
	static InvalidIdentity iBeaconField(String field, int value) {
		return new InvalidIdentity("identity-ibeacon-out-of-range", field, Integer.toString(value));
	}

	/** An Eddystone-UID's {@code namespace} or {@code instance} not of its hex length. */
	static InvalidIdentity eddystoneUidField(String field, int digits, String value) {
		return new InvalidIdentity("identity-eddystone-uid-malformed", field, Integer.toString(digits),
				String.valueOf(value));
	}

}
