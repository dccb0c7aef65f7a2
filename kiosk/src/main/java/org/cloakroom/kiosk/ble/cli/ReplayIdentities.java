package org.cloakroom.kiosk.ble.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.EnrolledIdentity;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;

/**
 * The phones {@code ble replay} enrols from its options, each {@code name=value}: an IRK
 * ({@code --irk}), a fixed address ({@code --fixed}), an iBeacon
 * ({@code --ibeacon name=uuid/major/minor}) or an Eddystone-UID
 * ({@code --eddystone name=namespace/instance}). One name is one phone, however many
 * identities it is given, as enrolment keeps them; the values are parsed by the BLE
 * identity records themselves, and a bad one names its option and phone.
 */
final class ReplayIdentities {

	private final Map<String, Long> phoneIds = new LinkedHashMap<>();

	private final List<EnrolledIdentity> enrolled = new ArrayList<>();

	void irks(Map<String, String> options) {
		add("--irk", options, IdentityResolvingKey::parseHex);
	}

	void fixedAddresses(Map<String, String> options) {
		add("--fixed", options, (text) -> new FixedAddressIdentity(BleAddress.parse(text.strip())));
	}

	void iBeacons(Map<String, String> options) {
		add("--ibeacon", options, ReplayIdentities::iBeacon);
	}

	void eddystones(Map<String, String> options) {
		add("--eddystone", options, ReplayIdentities::eddystone);
	}

	List<EnrolledIdentity> enrolled() {
		return List.copyOf(this.enrolled);
	}

	/** The name given on the command line to a phone id. */
	String name(long phoneId) {
		return this.phoneIds.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == phoneId)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("phone " + phoneId);
	}

	private void add(String option, Map<String, String> options, Function<String, BleIdentity> parse) {
		options.forEach((name, text) -> {
			BleIdentity identity;
			try {
				identity = parse.apply(text);
			}
			catch (RuntimeException ex) {
				String why = (ex.getMessage() != null) ? ex.getMessage().lines().findFirst().orElse("") : "malformed";
				throw new IllegalArgumentException(option + " " + name + ": " + why, ex);
			}
			long phoneId = this.phoneIds.computeIfAbsent(name, (key) -> (long) this.phoneIds.size() + 1);
			this.enrolled.add(new EnrolledIdentity(phoneId, identity));
		});
	}

	private static IBeaconIdentity iBeacon(String text) {
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

	private static EddystoneUidIdentity eddystone(String text) {
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
