package org.cloakroom.kiosk.web.api;

import java.util.Locale;
import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.cloakroom.kiosk.enrolment.IrkText;

/**
 * A BLE identity to add to a phone, by {@code kind}: {@code irk} with {@code key} (32 hex
 * digits, or BlueZ's {@code [IdentityResolvingKey]} section with {@code Key=...});
 * {@code ibeacon} with {@code uuid}, {@code major}, {@code minor}; {@code eddystone-uid}
 * with {@code namespace} (20 hex digits) and {@code instance} (12); {@code address} with
 * {@code address} ({@code AA:BB:CC:DD:EE:FF}). The key is never echoed, not even in
 * errors.
 */
public record EnrolmentIdentityRequest(String kind, String key, String uuid, Integer major, Integer minor,
		String namespace, String instance, String address) implements ActedBySignedInUser {

	/** The identity the fields describe; a refusal naming the bad field otherwise. */
	public BleIdentity identity() {
		String which = (this.kind == null) ? "" : this.kind.strip().toLowerCase(Locale.ROOT);
		try {
			return switch (which) {
				case "irk" -> IrkText.parse(this.key);
				case "ibeacon" ->
					new IBeaconIdentity(parsedUuid(), required("major", this.major), required("minor", this.minor));
				case "eddystone-uid" -> new EddystoneUidIdentity(this.namespace, this.instance);
				case "address" -> new FixedAddressIdentity(BleAddress.parse(this.address));
				default -> throw new InvalidRequest("request.identity-kind", this.kind);
			};
		}
		catch (IllegalArgumentException ex) {
			// the identity's own check of what was sent: bad input, in its words
			throw InvalidRequest.of(ex);
		}
	}

	private UUID parsedUuid() {
		try {
			return UUID.fromString(String.valueOf(this.uuid).strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequest("request.uuid", this.uuid);
		}
	}

	private static int required(String field, Integer value) {
		if (value == null) {
			throw new InvalidRequest("request.ibeacon-field-required", field);
		}
		return value;
	}

	@Override
	public String toString() {
		return "EnrolmentIdentityRequest[kind=" + this.kind + ", key=" + ((this.key == null) ? "none" : "hidden") + "]";
	}

}
